/// <reference types="vite/client" />
// Vite's client types: CSS imports and import.meta.glob, used by the shell to find views.
