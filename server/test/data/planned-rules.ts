/**
 * Rule ids of rules.md (the copy beside this file) that belong to open issues and are not written
 * yet. Tests that hold the code against rules.md accept exactly these as missing, and print them.
 */
export const PLANNED_RULES: Readonly<Record<string, string>> = {
};
