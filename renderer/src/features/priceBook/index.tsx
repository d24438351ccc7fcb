export { PriceBookView } from './PriceBookView'
