import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webDir = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(async () => {
	// SvelteKit resolves svelte.config.js, src/ and the output directory from
	// process.cwd(). Switch to web/ before loading it so that both
	// `cd web && npx vite build` and `npx vite build web` (from the repo root) work.
	if (process.cwd() !== webDir.replace(/\/$/, '')) process.chdir(webDir);
	const { sveltekit } = await import('@sveltejs/kit/vite');
	return { plugins: [sveltekit()] };
});
