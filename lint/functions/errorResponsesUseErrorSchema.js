// Spectral function for the project rule `error-responses-use-error-schema`.
//
// Each spec names its vendor's error body at the top level, e.g. `x-error-schema: "#/components/schemas/Error"`
// (a list of such references when a vendor has several error shapes). Every 4xx/5xx response of every operation,
// inline or through `#/components/responses/...`, must have a JSON body whose schema is exactly one of those
// references. The rule runs on the unresolved document so that it sees the `$ref`s themselves.

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const ERROR_STATUS = /^[45](\d\d|XX)$/;
const JSON_MEDIA = /^application\/(.+\+)?json(;.*)?$/;

function resolveLocal(document, reference) {
  if (typeof reference !== "string" || !reference.startsWith("#/")) {
    return undefined;
  }
  let node = document;
  for (const raw of reference.slice(2).split("/")) {
    const token = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object" || !(token in node)) {
      return undefined;
    }
    node = node[token];
  }
  return node;
}

function declaredErrorSchemas(document) {
  const declared = document["x-error-schema"];
  if (typeof declared === "string") {
    return [declared];
  }
  if (Array.isArray(declared) && declared.length > 0 && declared.every((item) => typeof item === "string")) {
    return declared;
  }
  return undefined;
}

module.exports = function errorResponsesUseErrorSchema(document) {
  if (document === null || typeof document !== "object") {
    return [];
  }
  const expected = declaredErrorSchemas(document);
  if (expected === undefined) {
    return [
      {
        message:
          "the spec must name its error body at the top level: `x-error-schema: \"#/components/schemas/<Name>\"` " +
          "(or a list of such references)",
        path: "x-error-schema" in document ? ["x-error-schema"] : [],
      },
    ];
  }
  const results = [];
  expected.forEach((reference, index) => {
    const schema = reference.startsWith("#/components/schemas/") ? resolveLocal(document, reference) : undefined;
    if (schema === undefined) {
      const path = typeof document["x-error-schema"] === "string" ? ["x-error-schema"] : ["x-error-schema", index];
      results.push({ message: `x-error-schema \`${reference}\` is not a schema defined in components/schemas`, path });
    }
  });
  const named = expected.map((reference) => `\`${reference}\``).join(" or ");
  for (const [pathName, pathItem] of Object.entries(document.paths || {})) {
    if (pathItem === null || typeof pathItem !== "object") {
      continue;
    }
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (operation === null || typeof operation !== "object") {
        continue;
      }
      const label = operation.operationId || `${method.toUpperCase()} ${pathName}`;
      for (const [status, entry] of Object.entries(operation.responses || {})) {
        if (!ERROR_STATUS.test(status)) {
          continue;
        }
        const path = ["paths", pathName, method, "responses", status];
        let response = entry;
        let via = "";
        if (entry && typeof entry === "object" && "$ref" in entry) {
          response = resolveLocal(document, entry.$ref);
          via = ` (through \`${entry.$ref}\`)`;
        }
        if (response === null || typeof response !== "object") {
          continue; // an unresolved $ref is reported by the core rules
        }
        const content = response.content || {};
        const jsonTypes = Object.keys(content).filter((mediaType) => JSON_MEDIA.test(mediaType));
        if (jsonTypes.length === 0) {
          results.push({ message: `${label}: response ${status}${via} has no JSON body; it must use ${named}`, path });
          continue;
        }
        for (const mediaType of jsonTypes) {
          const schema = (content[mediaType] || {}).schema;
          const reference = schema && typeof schema === "object" ? schema.$ref : undefined;
          if (!expected.includes(reference)) {
            const found = reference ? `\`${reference}\`` : "an inline schema";
            results.push({
              message: `${label}: response ${status} (${mediaType})${via} has ${found}; it must be ${named}`,
              path: via ? path : [...path, "content", mediaType, "schema"],
            });
          }
        }
      }
    }
  }
  return results;
};
