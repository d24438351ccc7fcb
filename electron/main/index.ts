import { startApp } from './app'

// Built as out/main/index.cjs; the renderer and preload are its siblings in out/.
startApp(__dirname)
