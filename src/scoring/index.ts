// Entry point of scoring.
export { levelOf, scoreOf, scoreFromTotals, type Score } from "./score";
export { scoreVisit, allUnits, OVERALL_CODE, type UnitScore, type VisitScores } from "./visit-scores";
