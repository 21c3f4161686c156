import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// Builds the UI into the .NET project's wwwroot/, which is committed so `dotnet build` needs no npm.
export default defineConfig({
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('../src/Nexus.Web/wwwroot', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    // No inline module-preload polyfill: the CSP allows scripts from our own files only.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
});
