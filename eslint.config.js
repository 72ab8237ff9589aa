// Lint rules beyond what tsc checks: promise misuse (every store call is async), no `any`, and
// files small enough to read in one sitting. Prettier owns formatting, so no style rules here.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["generated/", "dist/", "node_modules/", "coverage/", "test-artifacts/", ".scratch/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { arguments: false } }],
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.ts"],
    rules: { "max-lines": ["error", { max: 250 }] },
  },
  {
    // supertest types every response body as `any`; tests read bodies through the generated
    // types where the shape matters, and explicit `any` stays an error here too.
    files: ["test/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    // Type tests mark each line that must not compile.
    files: ["test/types/**/*.ts"],
    rules: { "@typescript-eslint/ban-ts-comment": ["error", { "ts-expect-error": false }] },
  },
  { files: ["**/*.js", "**/*.mjs"], ...tseslint.configs.disableTypeChecked },
  {
    // The /docs page's browser script, a classic script: tsc checks its names and types (checkJs,
    // with the DOM and Swagger UI's globals in its folder's tsconfig.json), which no-undef cannot see.
    files: ["src/server/docs/browser/*.js"],
    languageOptions: { sourceType: "script" },
    rules: { "no-undef": "off" },
  },
);
