/// <reference types="vite/client" />
// Vite's client types, so `import './x.css'` type-checks.
