// The visit sheet layout of each version of the ficha, computed once per execution.
import { currentInstrument, getInstrument } from "../form";
import { visitSheetLayout, type VisitSheetLayout } from "../layout";

const cache = new Map<string, VisitSheetLayout>();

export function visitLayout(instrumentId: string = currentInstrument().id): VisitSheetLayout {
  let layout = cache.get(instrumentId);
  if (!layout) {
    layout = visitSheetLayout(getInstrument(instrumentId) ?? currentInstrument());
    cache.set(instrumentId, layout);
  }
  return layout;
}
