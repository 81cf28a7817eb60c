// The colour of each level, used by conditional formatting in Consolidado and Resumen.
import { SCALE } from "../form";

const COLORS = ["#f4cccc", "#fce5cd", "#fff2cc", "#d9ead3"] as const;

export const LEVEL_COLORS: readonly { label: string; background: string }[] = SCALE.map((level) => ({
  label: level.label,
  background: COLORS[level.value],
}));
