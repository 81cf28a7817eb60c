// The bundle's entry: only the functions Apps Script calls (menus, triggers, google.script.run).
export { onOpen, onInstall, showSidebar, showHelp, showPrintDialog, menuSchoolReport, menuValidateActiveSheet, menuRebuildConsolidated } from "./gas/menu";
export { buildSchoolReport } from "./gas/school-report";
export { saveVisit } from "./gas/save-visit";
export { getVisit, listVisits } from "./gas/read-visits";
export { rebuildConsolidated } from "./gas/rebuild";
export { validateActiveSheet } from "./gas/validate-sheet";
export { getSidebarData } from "./gas/sidebar-data";
export { importVisits, exportVisits } from "./gas/import-export";
export { reviewVisit } from "./gas/review-visit";
export { menuReviewVisit } from "./gas/review-dialog";
