import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * NHS.UK frontend's stylesheet loads its web fonts from a third-party host. The dashboard makes
 * no requests beyond its own server, so those @font-face rules are dropped and text uses the
 * design system's own fallback, Arial.
 */
function withoutRemoteFonts(): Plugin {
  return {
    name: 'continuum:without-remote-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!/nhsuk-frontend.*\.css$/.test(id)) return null;
      return { code: code.replace(/@font-face\s*\{[^}]*\}/g, ''), map: null };
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  plugins: [withoutRemoteFonts(), react()],
  // NHS.UK frontend ships minified CSS with old-browser hacks the CSS minifier rejects; ours is small.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, cssMinify: false },
});
