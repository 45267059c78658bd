import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

// SvelteKit reads src/, tsconfig.json and writes build/ relative to the working directory: build
// from inside web/ (`npm run web:build` does).
export default defineConfig({
	plugins: [
		sveltekit({
			adapter: adapter({ out: 'build' }),
			csp: {
				mode: 'auto',
				directives: {
					'default-src': ['self'],
					'script-src': ['self'],
					// The hash allows only the inline style of SvelteKit's route announcer
					// (#svelte-announcer, visually hidden). app.css hides it too, in case
					// a SvelteKit update changes that style and the hash stops matching.
					'style-src': ['self', 'unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
					'img-src': ['self', 'data:'],
					'font-src': ['self'],
					'connect-src': ['self'],
					'object-src': ['none'],
					'base-uri': ['self'],
					'form-action': ['self'],
					'frame-ancestors': ['none']
				}
			}
		})
	]
});
