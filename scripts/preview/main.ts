// npm start: builds (done by the npm script), then serves the local preview and prints its address.
import { parseArgs } from "node:util";
import { WorkbookFileError } from "../../test/support/xlsx/workbook-file";
import { startPreview } from "./server";
import { DEFAULT_FILE } from "./workbook";

const { values } = parseArgs({
  options: { file: { type: "string", default: DEFAULT_FILE }, port: { type: "string", default: "8080" }, host: { type: "string", default: "127.0.0.1" } },
});

try {
  const preview = await startPreview({ file: values.file, port: Number(values.port), host: values.host });
  const { workbook } = preview;
  console.log(`Ficha CAP — vista previa local`);
  console.log(`  Libro: ${workbook.file}${workbook.created ? " (nuevo)" : ""}   (otro: npm start -- --file ruta/libro.xlsx)`);
  console.log(`  Abra:  ${preview.url}`);
  console.log(`  Ctrl+C para terminar; cada cambio ya quedó escrito en el libro.`);
  const stop = async () => {
    await preview.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
} catch (error) {
  if (error instanceof WorkbookFileError) {
    console.error(error.message);
    process.exit(1);
  }
  if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
    console.error(`El puerto ${values.port} está ocupado: use npm start -- --port 8081`);
    process.exit(1);
  }
  throw error;
}
