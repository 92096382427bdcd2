/**
 * First step of `npm test`: the browser and LibreOffice the tests drive must be here. On Debian as root the
 * missing ones are installed from Debian's packages; anywhere else the run stops at once with the one command
 * to run — never a dozen red tests later.
 */
import { chromiumTool, findTool, installCommand, installWithApt, isDebian, isRoot, libreOfficeTool } from './lib/tools';

const tools = [chromiumTool, libreOfficeTool];
let missing = tools.filter((t) => findTool(t) === undefined);
if (missing.length > 0 && isDebian() && isRoot()) {
  console.log(`Installing ${missing.map((t) => t.name).join(' and ')} from Debian's packages…`);
  installWithApt(missing);
  missing = tools.filter((t) => findTool(t) === undefined);
}
if (missing.length > 0) {
  console.error(`The tests need ${missing.map((t) => t.name).join(' and ')}, which this machine does not have.\nRun:  ${installCommand(missing)}\nthen run npm test again.`);
  process.exit(1);
}
for (const t of tools) console.log(`${t.name}: ${findTool(t)}`);
