// Types of build.mjs, for the tests that bundle part of src/ the way `npm run build` does.

/** The entry points of dist/: src/cli.ts, src/main.ts and every src/**\/*-worker.ts. */
export function entryPoints(): string[];

/** The hash of src/corpus/'s sources, which keys the parsed-meeting cache of a bundle. */
export function corpusCodeHash(): string;

/** Bundles `entries` (paths relative to the repository) into `outdir`, side by side. */
export function bundle(outdir: string, entries?: string[]): Promise<void>;
