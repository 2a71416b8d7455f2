import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

/** The web edition: built into web/dist, which `fond serve` serves beside the API. */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 800 },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
})
