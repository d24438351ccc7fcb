export { PortfolioFile } from './portfolioFile'
