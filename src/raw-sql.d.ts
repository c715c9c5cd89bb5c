// Vite bundles SQL migrations as strings, so the app has no runtime path to them (no asar problems).
declare module '*.sql?raw' {
  const sql: string
  export default sql
}
