// `npm start`: the reference server, configured from the environment (see run.ts).
import { run } from "./run.js";

try {
  await run(process.env);
} catch (error) {
  console.error(`graph-chat-contract: ${(error as Error).message}`);
  process.exit(1);
}
