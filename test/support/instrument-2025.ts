// A made-up second version of the ficha, for tests: 4.1.1 gains two items, so its sheets are taller.
import { CAP_ETP_2024, type Instrument } from "../../src/form";

export const CAP_ETP_2025: Instrument = {
  ...CAP_ETP_2024,
  id: "cap-etp-2025",
  year: 2025,
  title: CAP_ETP_2024.title.replace("2024", "2025"),
  sections: CAP_ETP_2024.sections.map((section) => ({
    ...section,
    dimensions: section.dimensions.map((dimension) =>
      dimension.code !== "4.1.1"
        ? dimension
        : {
            ...dimension,
            items: [
              ...dimension.items,
              { code: "4.1.1.6", text: "La CAP evalúa sus acuerdos al final de cada periodo." },
              { code: "4.1.1.7", text: "Se difunden los logros de la CAP a la comunidad educativa." },
            ],
          },
    ),
  })),
};
