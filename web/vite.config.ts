import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Dev server (npm run dev in web/) proxies the API to a service started with PORT=4105; the
// built app in dist/ is served by the service itself at / (src/http/explorer.ts).
const api = process.env.CLAIMGRAPH_API ?? 'http://localhost:4105';

export default defineConfig({
  plugins: [react()],
  // "app/" keeps the bundle apart from the service's own /assets (GraphiQL, React UMD).
  build: { outDir: 'dist', assetsDir: 'app', chunkSizeWarningLimit: 1200 },
  server: {
    port: 5175,
    strictPort: true,
    // The Browser style file (../cypher/style.grass) is read at build time, from outside web/.
    fs: { allow: ['..'] },
    proxy: { '/graphql': api },
  },
});
