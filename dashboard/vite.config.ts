import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// NHS.UK frontend is compiled from its Sass without its web fonts (they would be fetched from a
// third-party host): text falls back to the design system's own Arial stack.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  css: { preprocessorOptions: { scss: { quietDeps: true, silenceDeprecations: ['import'] } } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
});
