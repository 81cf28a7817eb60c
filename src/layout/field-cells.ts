// Which cell of a visit sheet holds the field named by a validation path.
import type { Cycle, EnrolmentCycle, Shift, StaffRole } from "../form";
import type { Pos, VisitSheetMap } from "./visit-sheet";

export function cellOfPath(map: VisitSheetMap, path: string): Pos | null {
  const [head, ...rest] = path.split(".");
  const tail = rest.join(".");
  switch (head) {
    case "school": {
      const key = tail as "code" | "name" | "ugel" | "rei" | "director" | "website";
      return map[key] ?? null;
    }
    case "visitDate":
      return map.date;
    case "status":
    case "id":
    case "instrument":
    case "specialist":
    case "observations":
    case "directorCommitment":
    case "directorSuggestions":
      return map[head];
    case "ratings":
      return map.ratings[tail] ?? null;
    case "cycles":
      return map.cycles[(rest[0] as Cycle) ?? "auxiliar-basico"] ?? Object.values(map.cycles)[0];
    case "shifts":
      return map.shifts[(rest[0] as Shift) ?? "M"] ?? Object.values(map.shifts)[0];
    case "staff": {
      const role = map.staff[rest[0] as StaffRole];
      if (!role) return map.staff.director.auxiliarBasico;
      return rest[1] === "tecnicoMedio" ? role.tecnicoMedio : role.auxiliarBasico;
    }
    case "enrolment": {
      const cycle = map.enrolment[rest[0] as EnrolmentCycle];
      if (!cycle) return map.enrolment.basico.enrolled;
      return rest[1] === "attending" ? cycle.attending : cycle.enrolled;
    }
    default:
      return null;
  }
}
