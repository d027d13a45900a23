#!/usr/bin/env node
// The installed command: runs the bundled CLI (npm install builds dist/ through the prepare script).
import "../dist/esm/cli/bin.js";
