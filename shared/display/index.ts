export * from './numberFormat'
export * from './month'
