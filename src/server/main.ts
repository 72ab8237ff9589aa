// `npm start`: the reference server, configured from the environment (see serve.ts).
import { serve } from "./serve.js";

try {
  await serve(process.env);
} catch (error) {
  console.error(`graph-chat-contract: ${(error as Error).message}`);
  process.exit(1);
}
