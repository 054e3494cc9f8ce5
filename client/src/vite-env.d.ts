// Types for Vite's client features (CSS imports, import.meta.env, ?worker imports).
/// <reference types="vite/client" />
