// The visit sheet layout of the current instrument, computed once per execution.
import { CURRENT_INSTRUMENT, getInstrument } from "../form";
import { visitSheetLayout, type VisitSheetLayout } from "../layout";

const cache = new Map<string, VisitSheetLayout>();

export function visitLayout(instrumentId: string = CURRENT_INSTRUMENT.id): VisitSheetLayout {
  let layout = cache.get(instrumentId);
  if (!layout) {
    layout = visitSheetLayout(getInstrument(instrumentId) ?? CURRENT_INSTRUMENT);
    cache.set(instrumentId, layout);
  }
  return layout;
}
