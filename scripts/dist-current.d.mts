/** dist/server/main.js exists and was built after every file under src/ last changed. */
export function distIsCurrent(): boolean;
