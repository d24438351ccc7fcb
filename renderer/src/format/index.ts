export * from './numberFormat'
export * from './numberParse'
export * from './month'
