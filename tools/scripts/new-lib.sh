#!/usr/bin/env bash
# Creates a library with the workspace's standard shape.
# usage: tools/scripts/new-lib.sh <path e.g. libs/api/config> <name> <tags comma-separated> [node|react]
set -euo pipefail
dir=$1; name=$2; tags=$3; kind=${4:-node}
depth=$(echo "$dir" | awk -F/ '{print NF}'); up=$(printf '../%.0s' $(seq 1 "$depth"))
mkdir -p "$dir/src"
tagjson=$(echo "$tags" | awk -F, '{for(i=1;i<=NF;i++){printf "%s\"%s\"", (i>1?", ":""), $i}}')
spec_types='"jest", "node"'; lib_types='"node"'; jsx=''; transform="['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }]"; env=node
if [ "$kind" = react ]; then
  lib_types='"node", "vite/client"'; spec_types='"jest", "node"'; jsx='"jsx": "react-jsx",'; env="<rootDir>/${up}tools/test/jsdom-environment.cjs"
  transform="['babel-jest', { presets: ['@nx/react/babel'] }]"
fi
cat > "$dir/project.json" <<JSON
{
  "name": "$name",
  "\$schema": "${up}node_modules/nx/schemas/project-schema.json",
  "sourceRoot": "$dir/src",
  "projectType": "library",
  "tags": [$tagjson],
  "targets": {
    "typecheck": {
      "executor": "nx:run-commands",
      "cache": true,
      "inputs": ["default", "^default", "{workspaceRoot}/tsconfig.base.json"],
      "options": { "command": "tsc --noEmit -p $dir/tsconfig.lib.json && tsc --noEmit -p $dir/tsconfig.spec.json" }
    }
  }
}
JSON
cat > "$dir/tsconfig.json" <<JSON
{
  "extends": "${up}tsconfig.base.json",
  "compilerOptions": { $jsx "module": "esnext" },
  "files": [],
  "include": [],
  "references": [{ "path": "./tsconfig.lib.json" }, { "path": "./tsconfig.spec.json" }]
}
JSON
cat > "$dir/tsconfig.lib.json" <<JSON
{
  "extends": "./tsconfig.json",
  "compilerOptions": { "outDir": "${up}dist/out-tsc", "types": [$lib_types] },
  "include": ["src/**/*.ts", "src/**/*.tsx", "src/**/*.json"],
  "exclude": ["jest.config.cjs", "src/**/*.spec.ts", "src/**/*.spec.tsx", "src/**/*.int-spec.ts"]
}
JSON
cat > "$dir/tsconfig.spec.json" <<JSON
{
  "extends": "./tsconfig.json",
  "compilerOptions": { "outDir": "${up}dist/out-tsc", "module": "commonjs", "types": [$spec_types] },
  "include": ["jest.config.cjs", "src/**/*.ts", "src/**/*.tsx", "src/**/*.json", "${up}tools/test/**/*.ts"]
}
JSON
cat > "$dir/jest.config.cjs" <<JS
// ESM-only dependencies (openid-client, oidc-provider) are compiled to CommonJS for jest.
const { esmTransform, transformIgnorePatterns } = require('${up}tools/test/esm-packages.cjs');

module.exports = {
  displayName: '$name',
  preset: '${up}jest.preset.js',
  testEnvironment: '$env',
  transform: { ...esmTransform, '^.+\\\\.[tj]sx?\$': $transform },
  transformIgnorePatterns,
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '\\\\.int-spec\\\\.ts\$'],
  passWithNoTests: false,
  coverageDirectory: '${up}coverage/$dir',
};
JS
if [ "$kind" = react ]; then
cat > "$dir/eslint.config.mjs" <<JS
import nx from '@nx/eslint-plugin';
import baseConfig from '${up}eslint.config.mjs';

export default [...nx.configs['flat/react'], ...baseConfig];
JS
else
cat > "$dir/eslint.config.mjs" <<JS
import baseConfig from '${up}eslint.config.mjs';

export default [...baseConfig];
JS
fi
[ -f "$dir/src/index.ts" ] || echo "export {};" > "$dir/src/index.ts"
