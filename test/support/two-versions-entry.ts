// A bundle entry with a second version of the ficha registered, as a new data module would do.
import { registerInstrument } from "../../src/form";
import { CAP_ETP_2025 } from "./instrument-2025";

registerInstrument(CAP_ETP_2025);

export * from "../../src/main";
