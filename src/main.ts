// The bundle's entry: only the functions Apps Script calls (menus, triggers, google.script.run).
export { onOpen, onInstall, showSidebar, showHelp, showPrintDialog, menuValidateActiveSheet, menuRebuildConsolidated } from "./gas/menu";
export { saveVisit } from "./gas/save-visit";
export { getVisit, listVisits } from "./gas/read-visits";
export { rebuildConsolidated } from "./gas/rebuild";
export { validateActiveSheet } from "./gas/validate-sheet";
export { getSidebarData } from "./gas/sidebar-data";
export { importVisits, exportVisits } from "./gas/import-export";
