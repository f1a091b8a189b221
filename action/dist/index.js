"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// ../main/node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "../main/node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str2) {
      const len = str2.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str2.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str2.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// server/src/core/policy/schema-validator.generated.js
var require_schema_validator_generated = __commonJS({
  "server/src/core/policy/schema-validator.generated.js"(exports2, module2) {
    "use strict";
    module2.exports = validate10;
    module2.exports.default = validate10;
    var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://reclint.dev/schemas/recording-policy.schema.json", "title": "reclint recording policy (format 1)", "description": "Which calls an organisation records, why, on which legal basis, for how long, who may listen, and where the caller is told. Files: *.recording-policy.{yaml,yml,json}.", "type": "object", "required": ["policy", "controller", "recordings"], "properties": { "$schema": { "type": "string", "description": "URI of this JSON Schema (for editors); ignored by reclint." }, "policy": { "const": 1, "description": "Format version of the policy file. Always `1`." }, "controller": { "type": "string", "description": "The controller (art. 4(7) GDPR): the organisation that decides why calls are recorded, e.g. `Acme Klantenservice B.V.`.", "minLength": 1 }, "jurisdiction": { "type": "string", "description": "ISO 3166-1 alpha-2 country code (upper case, e.g. `NL`, `DK`). Selects a rule profile; overrides the config default.", "pattern": "^[A-Z]{2}$", "patternErrorMessage": "A two-letter country code in capitals, such as NL or DK." }, "sector": { "type": "string", "enum": ["general", "healthcare", "finance", "public"], "description": "The sector the controller works in: `general`, `healthcare`, `finance` or `public`." }, "languages": { "type": "array", "description": "Languages callers are served in (ISO 639 codes, e.g. `nl`, `en`). Every language needs a recording notice in the script.", "items": { "type": "string", "description": "An ISO 639-1/639-2 language code in lower case, e.g. `nl`.", "pattern": "^[a-z]{2,3}$", "patternErrorMessage": "A language code in lower case, such as nl or en." } }, "triggers": { "type": "object", "description": "Named events that end a retention period, keyed by kebab-case id. `retention.until` names one of these.", "patternProperties": { "^(?!x-)[a-z0-9]+(-[a-z0-9]+)*$": { "$ref": "#/definitions/trigger", "description": "A retention trigger: the event that ends retention for purposes whose `until` names it." }, "^x-": { "description": "Free annotation (any `x-*` key is ignored by reclint)." } }, "additionalProperties": false }, "custom_purposes": { "type": "object", "description": "Purposes beyond the built-in vocabulary, keyed by kebab-case id.", "patternProperties": { "^(?!x-)[a-z0-9]+(-[a-z0-9]+)*$": { "$ref": "#/definitions/customPurpose", "description": "A custom purpose, usable wherever a purpose id is." }, "^x-": { "description": "Free annotation (any `x-*` key is ignored by reclint)." } }, "additionalProperties": false }, "subject_rights": { "title": "Data subject rights", "description": "How callers exercise their rights over recordings (art. 15, 17 GDPR).", "type": "object", "properties": { "access": { "title": "Right of access", "description": "How a caller gets a copy of their recording (art. 15 GDPR).", "type": "object", "properties": { "includes": { "type": "array", "description": "What a caller receives on an access request, e.g. `[recordings, transcripts]`. Transcripts are personal data too (art. 15(3)).", "items": { "type": "string", "description": "One kind of data handed over, e.g. `recordings` or `transcripts`.", "minLength": 1 } }, "procedure": { "type": "string", "description": "Path or URL of the documented access procedure." } }, "patternProperties": { "^x-": { "description": "Free annotation (any `x-*` key is ignored by reclint)." } }, "additionalProperties": false }, "erasure": { "title": "Right to erasure", "description": "How a caller has a recording erased (art. 17 GDPR).", "type": "object", "properties": { "procedure": { "type": "string", "description": "Path or URL of the documented erasure procedure." } }, "patternProperties": { "^x-": { "description": "Free annotation (any `x-*` key is ignored by reclint)." } }, "additionalProperties": false }, "objection": { "title": "Right to object", "description": "How a caller objects to recording based on legitimate interests or public task (art. 21 GDPR).", "type": "object", "properties": { "procedure": { "type": "string", "description": "Path or URL of the documented objection procedure." } }, "patternProperties": { "^x-": { "description": "Free annotation (any `x-*` key is ignored by reclint)." } }, "additionalProperties": false } }, "patternProperties": { "^x-": { "description": "Free annotation (any `x-*` key is ignored by reclint)." } }, "additionalProperties": false }, "recordings": { "type": "array", "description": "The recordings this policy covers (a line, a team, a kind of call), each with its notice, purposes, uses and access.", "minItems": 1, "items": { "$ref": "#/definitions/recording" } } }, "patternProperties": { "^x-": { "description": "Free annotation (any `x-*` key is ignored by reclint)." } }, "additionalProperties": false, "definitions": { "kebabId": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "description": "A kebab-case identifier, e.g. `service-line`.", "patternErrorMessage": "Lower-case words joined by hyphens, such as service-line." }, "purposeId": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "description": "A purpose id: built in (e.g. `quality-assurance`, `staff-training`, `evidence`) or declared under `custom_purposes`.", "patternErrorMessage": "Lower-case words joined by hyphens, such as service-line." }, "duration": { "type": "string", "pattern": "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$", "description": "An ISO 8601 duration, e.g. `P30D`, `P3M`, `P2Y`, `PT2H`, `P1Y6M`, `P2W`.", "patternErrorMessage": "An ISO 8601 duration, such as P30D (30 days), P3M (3 months), P2Y (2 years) or PT2H (2 hours)." }, "retentionMax": { "type": "string", "pattern": "^(?:indefinite|forever|unlimited|P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?)$", "description": "An ISO 8601 duration (`P30D`, `P3M`, `P2Y`, `PT2H`). `indefinite`, `forever` and `unlimited` are understood only to be reported.", "patternErrorMessage": "An ISO 8601 duration, such as P30D, P3M or P2Y (indefinite, forever and unlimited are read, and reported by retention-indefinite)." }, "trigger": { "title": "Retention trigger", "description": "A named event that ends a retention period.", "if": { "type": "null" }, "else": { "title": "Retention trigger", "description": "A named event that ends a retention period.", "type": "object", "properties": { "description": { "type": "string", "description": 'What has happened when this trigger fires, e.g. "The complaint is handled, including any appeal".' }, "max": { "$ref": "#/definitions/duration", "description": "Backstop: recordings waiting for this trigger are deleted after this ISO 8601 duration at the latest (e.g. `P4M`)." } }, "patternProperties": { "^x-": { "description": "Free annotation (any `x-*` key is ignored by reclint)." } }, "additionalProperties": false } }, "customPurpose": { "title": "Custom purpose", "description": "A purpose beyond the built-in vocabulary.", "type": "object", "properties": { "description": { "type": "string", "description": "What the organisation does with recordings for this purpose." }, "phrases": { "type": "object", "description": "Words that announce this purpose in a notice, per language: `{ nl: [routering verbeteren], en: [improve call routing] }`.", "patternProperties": { "^(?!x-)[a-z]{2,3}$": { "type": "array", "description": "Phrases in this language that name the purpose.", "items": { "type": "string", "description": "A phrase, matched case-insensitively in notices.", "minLength": 1 } }, "^x-": { "description": "Free annotation (any `x-*` key is ignored by reclint)." } }, "additionalProperties": false }, "related": { "type": "array", "description": "Purposes this one is directly related to (art. 6(4) GDPR); the relation works both ways.", "items": { "$ref": "#/definitions/purposeId" } } }, "patternProperties": { "^x-": { "description": "Free annotation (any `x-*` key is ignored by reclint)." } }, "additionalProperties": false }, "recording": { "title": "Recording", "description": "One kind of recorded call: a line, a team or a campaign.", "type": "object", "properties": { "id": { "$ref": "#/definitions/kebabId", "description": "Kebab-case id of this recording, unique in the policy, e.g. `service-line`." }, "description": { "type": "string", "description": "What is recorded, in plain words." }, "direction": { "type": "string", "enum": ["inbound", "outbound", "internal"], "description": "Who calls whom: `inbound` (callers call us), `outbound` (we call them) or `internal` (calls between staff)." }, "party_to_call": { "type": "boolean", "description": "Whether the organisation takes part in the recorded call. Recording a call you are not part of is a crime in NL (Sr 139a/139c).", "default": true }, "on_behalf_of_participant": { "type": "boolean", "description": "Only meaningful when `party_to_call` is false: the recording is made on behalf of a participant.", "default": false }, "employees_informed": { "type": "boolean", "description": "Whether the staff on these calls are informed about the recording (art. 13 GDPR)." }, "mode": { "type": "string", "enum": ["all", "sampled", "on-demand", "none"], "description": "What is recorded: `all` calls, a `sampled` share (`sample_rate`), `on-demand` (a record button) or `none`." }, "sample_rate": { "type": "number", "exclusiveMinimum": 0, "maximum": 1, "description": "Share of calls recorded when `mode: sampled`, 0 < r <= 1 (0.1 = one call in ten)." }, "retroactive": { "type": "boolean", "description": "An on-demand button keeps the whole call, so audio is buffered before the button is pressed." }, "buffer_retention": { "$ref": "#/definitions/duration", "description": "How long buffered audio that nobody keeps lives, as an ISO 8601 duration (e.g. `PT2H`)." }, "data": { "type": "array", "description": "Categories of personal data in the recordings. `health`, `biometric`, `criminal-data`, `political`, `religion`, `trade-union`, `sexual-orientation` and `ethnicity` are special categories (art. 9/10 GDPR).", "items": { "type": "string", "enum": ["voice", "phone-number", "customer-id", "name", "account-data", "payment-data", "health", "biometric", "criminal-data", "political", "religion", "trade-union", "sexual-orientation", "ethnicity"], "description": "A data category." } }, "art9_condition": { "type": "string", "description": "The condition of art. 9(2) GDPR that allows processing special categories, `9(2)(a)` to `9(2)(j)`.", "pattern": "^9\\(2\\)\\([a-j]\\)$", "patternErrorMessage": "A condition of art. 9(2) GDPR, written 9(2)(a) to 9(2)(j)." }, "transcripts": { "type": "boolean", "description": "Whether recordings are transcribed. Transcripts must then be part of the right of access." }, "announcement": { "title": "Announcement", "description": "Where the caller is told about the recording: a `script`, inline `text`, or (not enough alone) a `privacy_statement`.", "type": "object", "properties": { "script": { "type": "string", "description": "Path of the call script with the spoken notice, relative to this file (`.ivr`, TwiML, VoiceXML, ...).", "minLength": 1 }, "prompt": { "type": "string", "description": "Id of the notice prompt in the script. Default: every prompt that mentions recording.", "minLength": 1 }, "text": { "type": "string", "description": "The notice text itself, when there is no script." }, "language": { "type": "string", "description": "Language of the inline `text` (e.g. `nl`). Default: the first of `languages`.", "pattern": "^[a-z]{2,3}$", "patternErrorMessage": "A language code in lower case, such as nl or en." }, "privacy_statement": { "type": "string", "description": "URL or path of the privacy statement. Alone, this is not a notice (art. 13 GDPR)." } }, "patternProperties": { "^x-": { "description": "Free annotation (any `x-*` key is ignored by reclint)." } }, "additionalProperties": false }, "purposes": { "type": "array", "description": "The purposes the recordings are made for, each with its legal basis and retention.", "items": { "$ref": "#/definitions/purpose" } }, "uses": { "type": "array", "description": "What the systems actually do with the recordings. Left out: the declared purposes are the uses.", "items": { "$ref": "#/definitions/use" } }, "access": { "title": "Access", "description": "Who may listen to the recordings (art. 32 GDPR).", "type": "object", "properties": { "roles": { "type": "array", "description": "The roles that may listen, e.g. `[hr, quality, legal]`.", "items": { "type": "string", "description": "A role name.", "minLength": 1 } } }, "patternProperties": { "^x-": { "description": "Free annotation (any `x-*` key is ignored by reclint)." } }, "additionalProperties": false }, "processors": { "type": "array", "description": "Processors that handle the recordings on the controller's behalf (art. 28 GDPR).", "items": { "$ref": "#/definitions/processor" } } }, "patternProperties": { "^x-": { "description": "Free annotation (any `x-*` key is ignored by reclint)." } }, "additionalProperties": false, "required": ["id"], "if": { "properties": { "mode": { "const": "sampled" } }, "required": ["mode"] }, "then": { "properties": { "sample_rate": true }, "required": ["sample_rate"] } }, "purpose": { "title": "Declared purpose", "description": "A purpose the recordings are made for.", "type": "object", "properties": { "purpose": { "$ref": "#/definitions/purposeId", "description": "The purpose id: built in (e.g. `staff-training`, `evidence`, `quality-assurance`) or declared under `custom_purposes`." }, "description": { "type": "string", "description": "The purpose in plain words." }, "legal_basis": { "type": "string", "enum": ["consent", "contract", "legal-obligation", "vital-interests", "public-task", "legitimate-interests"], "description": "Legal basis of art. 6(1) GDPR: `consent`, `contract`, `legal-obligation`, `vital-interests`, `public-task` or `legitimate-interests`." }, "law": { "type": "string", "description": "The statute that imposes the recording duty, for `legal-obligation` (art. 6(1)(c)), e.g. `MiFID II art. 16(7)`." }, "balancing_test": { "type": "string", "description": "Path or URL of the legitimate interests assessment, for `legitimate-interests` (art. 6(1)(f))." }, "consent": { "title": "Consent", "description": "How consent is obtained, for `legal_basis: consent` (art. 4(11), 7 GDPR).", "type": "object", "properties": { "mechanism": { "type": "string", "enum": ["ivr-keypress", "verbal", "written", "implied"], "description": "How the caller consents: `ivr-keypress`, `verbal`, `written` or `implied` (implied is not valid consent)." } }, "patternProperties": { "^x-": { "description": "Free annotation (any `x-*` key is ignored by reclint)." } }, "additionalProperties": false }, "retention": { "description": "How long recordings for this purpose are kept: `{ until: <trigger>, max: <ISO 8601 duration> }`, at least one of the two (art. 5(1)(e) GDPR).", "if": { "type": "string" }, "then": { "type": "string", "enum": ["indefinite", "forever", "unlimited"], "description": "Indefinite retention, understood only to be reported." }, "else": { "title": "Retention", "description": "How long recordings for this purpose are kept.", "type": "object", "properties": { "until": { "type": "string", "description": "Id of a trigger declared under `triggers`: the event that ends retention." }, "max": { "$ref": "#/definitions/retentionMax", "description": "Longest retention as an ISO 8601 duration (`P30D`, `P3M`, `P2Y`); a backstop when `until` is given." } }, "patternProperties": { "^x-": { "description": "Free annotation (any `x-*` key is ignored by reclint)." } }, "additionalProperties": false, "if": { "properties": { "until": false } }, "then": { "properties": { "max": true }, "required": ["max"] } } } }, "patternProperties": { "^x-": { "description": "Free annotation (any `x-*` key is ignored by reclint)." } }, "additionalProperties": false, "required": ["purpose"] }, "use": { "title": "Use", "description": "Something a system or a role actually does with the recordings.", "type": "object", "properties": { "purpose": { "$ref": "#/definitions/purposeId", "description": "The purpose this use serves; it must be declared and announced." }, "description": { "type": "string", "description": "The use in plain words." }, "by": { "type": "array", "description": "Roles or systems that use the recordings this way.", "items": { "type": "string", "description": "A role or system name.", "minLength": 1 } }, "system": { "type": "string", "description": "The system that does it, e.g. `coaching-portal`." } }, "patternProperties": { "^x-": { "description": "Free annotation (any `x-*` key is ignored by reclint)." } }, "additionalProperties": false, "required": ["purpose"] }, "processor": { "title": "Processor", "description": "A processor that handles recordings for the controller (art. 28 GDPR).", "type": "object", "properties": { "name": { "type": "string", "description": "The processor's name.", "minLength": 1 }, "purpose": { "$ref": "#/definitions/purposeId", "description": "What the processor uses the recordings for; it counts as a use and must be announced." }, "agreement": { "type": "string", "description": "Path or URL of the data processing agreement (art. 28(3) GDPR)." }, "description": { "type": "string", "description": "What the processor does, in plain words." } }, "patternProperties": { "^x-": { "description": "Free annotation (any `x-*` key is ignored by reclint)." } }, "additionalProperties": false, "required": ["name"] } } };
    var func2 = Object.prototype.hasOwnProperty;
    var func3 = require_ucs2length().default;
    var pattern0 = new RegExp("^x-", "u");
    var pattern1 = new RegExp("^[A-Z]{2}$", "u");
    var pattern2 = new RegExp("^[a-z]{2,3}$", "u");
    var pattern3 = new RegExp("^(?!x-)[a-z0-9]+(-[a-z0-9]+)*$", "u");
    var schema12 = { "title": "Retention trigger", "description": "A named event that ends a retention period.", "if": { "type": "null" }, "else": { "title": "Retention trigger", "description": "A named event that ends a retention period.", "type": "object", "properties": { "description": { "type": "string", "description": 'What has happened when this trigger fires, e.g. "The complaint is handled, including any appeal".' }, "max": { "$ref": "#/definitions/duration", "description": "Backstop: recordings waiting for this trigger are deleted after this ISO 8601 duration at the latest (e.g. `P4M`)." } }, "patternProperties": { "^x-": { "description": "Free annotation (any `x-*` key is ignored by reclint)." } }, "additionalProperties": false } };
    var schema13 = { "type": "string", "pattern": "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$", "description": "An ISO 8601 duration, e.g. `P30D`, `P3M`, `P2Y`, `PT2H`, `P1Y6M`, `P2W`.", "patternErrorMessage": "An ISO 8601 duration, such as P30D (30 days), P3M (3 months), P2Y (2 years) or PT2H (2 hours)." };
    var pattern7 = new RegExp("^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$", "u");
    function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      const _errs0 = errors;
      let valid0 = true;
      const _errs1 = errors;
      if (data !== null) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      var _valid0 = _errs1 === errors;
      errors = _errs0;
      if (vErrors !== null) {
        if (_errs0) {
          vErrors.length = _errs0;
        } else {
          vErrors = null;
        }
      }
      if (!_valid0) {
        const _errs3 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          for (const key0 in data) {
            if (!(key0 === "description" || key0 === "max" || pattern0.test(key0))) {
              const err1 = { instancePath, schemaPath: "#/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.else, data };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
          if (data.description !== void 0) {
            let data0 = data.description;
            if (typeof data0 !== "string") {
              const err2 = { instancePath: instancePath + "/description", schemaPath: "#/else/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.else.properties.description.type, parentSchema: schema12.else.properties.description, data: data0 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
          if (data.max !== void 0) {
            let data1 = data.max;
            if (typeof data1 === "string") {
              if (!pattern7.test(data1)) {
                const err3 = { instancePath: instancePath + "/max", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$" }, message: 'must match pattern "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$"', schema: "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$", parentSchema: schema13, data: data1 };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            } else {
              const err4 = { instancePath: instancePath + "/max", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
        } else {
          const err5 = { instancePath, schemaPath: "#/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.else.type, parentSchema: schema12.else, data };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        var _valid0 = _errs3 === errors;
        valid0 = _valid0;
      }
      if (!valid0) {
        const err6 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema12.if, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      validate11.errors = vErrors;
      return errors === 0;
    }
    var schema14 = { "title": "Custom purpose", "description": "A purpose beyond the built-in vocabulary.", "type": "object", "properties": { "description": { "type": "string", "description": "What the organisation does with recordings for this purpose." }, "phrases": { "type": "object", "description": "Words that announce this purpose in a notice, per language: `{ nl: [routering verbeteren], en: [improve call routing] }`.", "patternProperties": { "^(?!x-)[a-z]{2,3}$": { "type": "array", "description": "Phrases in this language that name the purpose.", "items": { "type": "string", "description": "A phrase, matched case-insensitively in notices.", "minLength": 1 } }, "^x-": { "description": "Free annotation (any `x-*` key is ignored by reclint)." } }, "additionalProperties": false }, "related": { "type": "array", "description": "Purposes this one is directly related to (art. 6(4) GDPR); the relation works both ways.", "items": { "$ref": "#/definitions/purposeId" } } }, "patternProperties": { "^x-": { "description": "Free annotation (any `x-*` key is ignored by reclint)." } }, "additionalProperties": false };
    var schema15 = { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "description": "A purpose id: built in (e.g. `quality-assurance`, `staff-training`, `evidence`) or declared under `custom_purposes`.", "patternErrorMessage": "Lower-case words joined by hyphens, such as service-line." };
    var pattern13 = new RegExp("^(?!x-)[a-z]{2,3}$", "u");
    var pattern17 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
    function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
          if (!(key0 === "description" || key0 === "phrases" || key0 === "related" || pattern0.test(key0))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        if (data.description !== void 0) {
          let data0 = data.description;
          if (typeof data0 !== "string") {
            const err1 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.description.type, parentSchema: schema14.properties.description, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data.phrases !== void 0) {
          let data1 = data.phrases;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            for (const key1 in data1) {
              if (!(pattern13.test(key1) || pattern0.test(key1))) {
                const err2 = { instancePath: instancePath + "/phrases", schemaPath: "#/properties/phrases/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14.properties.phrases, data: data1 };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            for (const key2 in data1) {
              if (pattern13.test(key2)) {
                let data2 = data1[key2];
                if (Array.isArray(data2)) {
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data3 = data2[i0];
                    if (typeof data3 === "string") {
                      if (func3(data3) < 1) {
                        const err3 = { instancePath: instancePath + "/phrases/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/phrases/patternProperties/%5E(%3F!x-)%5Ba-z%5D%7B2%2C3%7D%24/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.phrases.patternProperties["^(?!x-)[a-z]{2,3}$"].items, data: data3 };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                      }
                    } else {
                      const err4 = { instancePath: instancePath + "/phrases/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/phrases/patternProperties/%5E(%3F!x-)%5Ba-z%5D%7B2%2C3%7D%24/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.phrases.patternProperties["^(?!x-)[a-z]{2,3}$"].items.type, parentSchema: schema14.properties.phrases.patternProperties["^(?!x-)[a-z]{2,3}$"].items, data: data3 };
                      if (vErrors === null) {
                        vErrors = [err4];
                      } else {
                        vErrors.push(err4);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err5 = { instancePath: instancePath + "/phrases/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/phrases/patternProperties/%5E(%3F!x-)%5Ba-z%5D%7B2%2C3%7D%24/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.phrases.patternProperties["^(?!x-)[a-z]{2,3}$"].type, parentSchema: schema14.properties.phrases.patternProperties["^(?!x-)[a-z]{2,3}$"], data: data2 };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err6 = { instancePath: instancePath + "/phrases", schemaPath: "#/properties/phrases/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.phrases.type, parentSchema: schema14.properties.phrases, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data.related !== void 0) {
          let data4 = data.related;
          if (Array.isArray(data4)) {
            const len1 = data4.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data5 = data4[i1];
              if (typeof data5 === "string") {
                if (!pattern17.test(data5)) {
                  const err7 = { instancePath: instancePath + "/related/" + i1, schemaPath: "#/definitions/purposeId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"', schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema15, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              } else {
                const err8 = { instancePath: instancePath + "/related/" + i1, schemaPath: "#/definitions/purposeId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data5 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          } else {
            const err9 = { instancePath: instancePath + "/related", schemaPath: "#/properties/related/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.related.type, parentSchema: schema14.properties.related, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      validate13.errors = vErrors;
      return errors === 0;
    }
    var schema16 = { "title": "Recording", "description": "One kind of recorded call: a line, a team or a campaign.", "type": "object", "properties": { "id": { "$ref": "#/definitions/kebabId", "description": "Kebab-case id of this recording, unique in the policy, e.g. `service-line`." }, "description": { "type": "string", "description": "What is recorded, in plain words." }, "direction": { "type": "string", "enum": ["inbound", "outbound", "internal"], "description": "Who calls whom: `inbound` (callers call us), `outbound` (we call them) or `internal` (calls between staff)." }, "party_to_call": { "type": "boolean", "description": "Whether the organisation takes part in the recorded call. Recording a call you are not part of is a crime in NL (Sr 139a/139c).", "default": true }, "on_behalf_of_participant": { "type": "boolean", "description": "Only meaningful when `party_to_call` is false: the recording is made on behalf of a participant.", "default": false }, "employees_informed": { "type": "boolean", "description": "Whether the staff on these calls are informed about the recording (art. 13 GDPR)." }, "mode": { "type": "string", "enum": ["all", "sampled", "on-demand", "none"], "description": "What is recorded: `all` calls, a `sampled` share (`sample_rate`), `on-demand` (a record button) or `none`." }, "sample_rate": { "type": "number", "exclusiveMinimum": 0, "maximum": 1, "description": "Share of calls recorded when `mode: sampled`, 0 < r <= 1 (0.1 = one call in ten)." }, "retroactive": { "type": "boolean", "description": "An on-demand button keeps the whole call, so audio is buffered before the button is pressed." }, "buffer_retention": { "$ref": "#/definitions/duration", "description": "How long buffered audio that nobody keeps lives, as an ISO 8601 duration (e.g. `PT2H`)." }, "data": { "type": "array", "description": "Categories of personal data in the recordings. `health`, `biometric`, `criminal-data`, `political`, `religion`, `trade-union`, `sexual-orientation` and `ethnicity` are special categories (art. 9/10 GDPR).", "items": { "type": "string", "enum": ["voice", "phone-number", "customer-id", "name", "account-data", "payment-data", "health", "biometric", "criminal-data", "political", "religion", "trade-union", "sexual-orientation", "ethnicity"], "description": "A data category." } }, "art9_condition": { "type": "string", "description": "The condition of art. 9(2) GDPR that allows processing special categories, `9(2)(a)` to `9(2)(j)`.", "pattern": "^9\\(2\\)\\([a-j]\\)$", "patternErrorMessage": "A condition of art. 9(2) GDPR, written 9(2)(a) to 9(2)(j)." }, "transcripts": { "type": "boolean", "description": "Whether recordings are transcribed. Transcripts must then be part of the right of access." }, "announcement": { "title": "Announcement", "description": "Where the caller is told about the recording: a `script`, inline `text`, or (not enough alone) a `privacy_statement`.", "type": "object", "properties": { "script": { "type": "string", "description": "Path of the call script with the spoken notice, relative to this file (`.ivr`, TwiML, VoiceXML, ...).", "minLength": 1 }, "prompt": { "type": "string", "description": "Id of the notice prompt in the script. Default: every prompt that mentions recording.", "minLength": 1 }, "text": { "type": "string", "description": "The notice text itself, when there is no script." }, "language": { "type": "string", "description": "Language of the inline `text` (e.g. `nl`). Default: the first of `languages`.", "pattern": "^[a-z]{2,3}$", "patternErrorMessage": "A language code in lower case, such as nl or en." }, "privacy_statement": { "type": "string", "description": "URL or path of the privacy statement. Alone, this is not a notice (art. 13 GDPR)." } }, "patternProperties": { "^x-": { "description": "Free annotation (any `x-*` key is ignored by reclint)." } }, "additionalProperties": false }, "purposes": { "type": "array", "description": "The purposes the recordings are made for, each with its legal basis and retention.", "items": { "$ref": "#/definitions/purpose" } }, "uses": { "type": "array", "description": "What the systems actually do with the recordings. Left out: the declared purposes are the uses.", "items": { "$ref": "#/definitions/use" } }, "access": { "title": "Access", "description": "Who may listen to the recordings (art. 32 GDPR).", "type": "object", "properties": { "roles": { "type": "array", "description": "The roles that may listen, e.g. `[hr, quality, legal]`.", "items": { "type": "string", "description": "A role name.", "minLength": 1 } } }, "patternProperties": { "^x-": { "description": "Free annotation (any `x-*` key is ignored by reclint)." } }, "additionalProperties": false }, "processors": { "type": "array", "description": "Processors that handle the recordings on the controller's behalf (art. 28 GDPR).", "items": { "$ref": "#/definitions/processor" } } }, "patternProperties": { "^x-": { "description": "Free annotation (any `x-*` key is ignored by reclint)." } }, "additionalProperties": false, "required": ["id"], "if": { "properties": { "mode": { "const": "sampled" } }, "required": ["mode"] }, "then": { "properties": { "sample_rate": true }, "required": ["sample_rate"] } };
    var schema17 = { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "description": "A kebab-case identifier, e.g. `service-line`.", "patternErrorMessage": "Lower-case words joined by hyphens, such as service-line." };
    var pattern26 = new RegExp("^9\\(2\\)\\([a-j]\\)$", "u");
    var schema19 = { "title": "Declared purpose", "description": "A purpose the recordings are made for.", "type": "object", "properties": { "purpose": { "$ref": "#/definitions/purposeId", "description": "The purpose id: built in (e.g. `staff-training`, `evidence`, `quality-assurance`) or declared under `custom_purposes`." }, "description": { "type": "string", "description": "The purpose in plain words." }, "legal_basis": { "type": "string", "enum": ["consent", "contract", "legal-obligation", "vital-interests", "public-task", "legitimate-interests"], "description": "Legal basis of art. 6(1) GDPR: `consent`, `contract`, `legal-obligation`, `vital-interests`, `public-task` or `legitimate-interests`." }, "law": { "type": "string", "description": "The statute that imposes the recording duty, for `legal-obligation` (art. 6(1)(c)), e.g. `MiFID II art. 16(7)`." }, "balancing_test": { "type": "string", "description": "Path or URL of the legitimate interests assessment, for `legitimate-interests` (art. 6(1)(f))." }, "consent": { "title": "Consent", "description": "How consent is obtained, for `legal_basis: consent` (art. 4(11), 7 GDPR).", "type": "object", "properties": { "mechanism": { "type": "string", "enum": ["ivr-keypress", "verbal", "written", "implied"], "description": "How the caller consents: `ivr-keypress`, `verbal`, `written` or `implied` (implied is not valid consent)." } }, "patternProperties": { "^x-": { "description": "Free annotation (any `x-*` key is ignored by reclint)." } }, "additionalProperties": false }, "retention": { "description": "How long recordings for this purpose are kept: `{ until: <trigger>, max: <ISO 8601 duration> }`, at least one of the two (art. 5(1)(e) GDPR).", "if": { "type": "string" }, "then": { "type": "string", "enum": ["indefinite", "forever", "unlimited"], "description": "Indefinite retention, understood only to be reported." }, "else": { "title": "Retention", "description": "How long recordings for this purpose are kept.", "type": "object", "properties": { "until": { "type": "string", "description": "Id of a trigger declared under `triggers`: the event that ends retention." }, "max": { "$ref": "#/definitions/retentionMax", "description": "Longest retention as an ISO 8601 duration (`P30D`, `P3M`, `P2Y`); a backstop when `until` is given." } }, "patternProperties": { "^x-": { "description": "Free annotation (any `x-*` key is ignored by reclint)." } }, "additionalProperties": false, "if": { "properties": { "until": false } }, "then": { "properties": { "max": true }, "required": ["max"] } } } }, "patternProperties": { "^x-": { "description": "Free annotation (any `x-*` key is ignored by reclint)." } }, "additionalProperties": false, "required": ["purpose"] };
    var schema21 = { "type": "string", "pattern": "^(?:indefinite|forever|unlimited|P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?)$", "description": "An ISO 8601 duration (`P30D`, `P3M`, `P2Y`, `PT2H`). `indefinite`, `forever` and `unlimited` are understood only to be reported.", "patternErrorMessage": "An ISO 8601 duration, such as P30D, P3M or P2Y (indefinite, forever and unlimited are read, and reported by retention-indefinite)." };
    var pattern33 = new RegExp("^(?:indefinite|forever|unlimited|P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?)$", "u");
    function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.purpose === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "purpose" }, message: "must have required property 'purpose'", schema: schema19.required, parentSchema: schema19, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "purpose" || key0 === "description" || key0 === "legal_basis" || key0 === "law" || key0 === "balancing_test" || key0 === "consent" || key0 === "retention" || pattern0.test(key0))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19, data };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data.purpose !== void 0) {
          let data0 = data.purpose;
          if (typeof data0 === "string") {
            if (!pattern17.test(data0)) {
              const err2 = { instancePath: instancePath + "/purpose", schemaPath: "#/definitions/purposeId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"', schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema15, data: data0 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          } else {
            const err3 = { instancePath: instancePath + "/purpose", schemaPath: "#/definitions/purposeId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data.description !== void 0) {
          let data1 = data.description;
          if (typeof data1 !== "string") {
            const err4 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.description.type, parentSchema: schema19.properties.description, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data.legal_basis !== void 0) {
          let data2 = data.legal_basis;
          if (typeof data2 !== "string") {
            const err5 = { instancePath: instancePath + "/legal_basis", schemaPath: "#/properties/legal_basis/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.legal_basis.type, parentSchema: schema19.properties.legal_basis, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          if (!(data2 === "consent" || data2 === "contract" || data2 === "legal-obligation" || data2 === "vital-interests" || data2 === "public-task" || data2 === "legitimate-interests")) {
            const err6 = { instancePath: instancePath + "/legal_basis", schemaPath: "#/properties/legal_basis/enum", keyword: "enum", params: { allowedValues: schema19.properties.legal_basis.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.legal_basis.enum, parentSchema: schema19.properties.legal_basis, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data.law !== void 0) {
          let data3 = data.law;
          if (typeof data3 !== "string") {
            const err7 = { instancePath: instancePath + "/law", schemaPath: "#/properties/law/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.law.type, parentSchema: schema19.properties.law, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data.balancing_test !== void 0) {
          let data4 = data.balancing_test;
          if (typeof data4 !== "string") {
            const err8 = { instancePath: instancePath + "/balancing_test", schemaPath: "#/properties/balancing_test/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.balancing_test.type, parentSchema: schema19.properties.balancing_test, data: data4 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data.consent !== void 0) {
          let data5 = data.consent;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key1 in data5) {
              if (!(key1 === "mechanism" || pattern0.test(key1))) {
                const err9 = { instancePath: instancePath + "/consent", schemaPath: "#/properties/consent/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.consent, data: data5 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data5.mechanism !== void 0) {
              let data6 = data5.mechanism;
              if (typeof data6 !== "string") {
                const err10 = { instancePath: instancePath + "/consent/mechanism", schemaPath: "#/properties/consent/properties/mechanism/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.consent.properties.mechanism.type, parentSchema: schema19.properties.consent.properties.mechanism, data: data6 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              if (!(data6 === "ivr-keypress" || data6 === "verbal" || data6 === "written" || data6 === "implied")) {
                const err11 = { instancePath: instancePath + "/consent/mechanism", schemaPath: "#/properties/consent/properties/mechanism/enum", keyword: "enum", params: { allowedValues: schema19.properties.consent.properties.mechanism.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.consent.properties.mechanism.enum, parentSchema: schema19.properties.consent.properties.mechanism, data: data6 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/consent", schemaPath: "#/properties/consent/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.consent.type, parentSchema: schema19.properties.consent, data: data5 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data.retention !== void 0) {
          let data7 = data.retention;
          const _errs19 = errors;
          let valid3 = true;
          const _errs20 = errors;
          if (typeof data7 !== "string") {
            const err13 = {};
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          var _valid0 = _errs20 === errors;
          errors = _errs19;
          if (vErrors !== null) {
            if (_errs19) {
              vErrors.length = _errs19;
            } else {
              vErrors = null;
            }
          }
          let ifClause0;
          if (_valid0) {
            const _errs22 = errors;
            if (typeof data7 !== "string") {
              const err14 = { instancePath: instancePath + "/retention", schemaPath: "#/properties/retention/then/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.retention.then.type, parentSchema: schema19.properties.retention.then, data: data7 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (!(data7 === "indefinite" || data7 === "forever" || data7 === "unlimited")) {
              const err15 = { instancePath: instancePath + "/retention", schemaPath: "#/properties/retention/then/enum", keyword: "enum", params: { allowedValues: schema19.properties.retention.then.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.retention.then.enum, parentSchema: schema19.properties.retention.then, data: data7 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            var _valid0 = _errs22 === errors;
            valid3 = _valid0;
            ifClause0 = "then";
          } else {
            const _errs24 = errors;
            const _errs26 = errors;
            let valid4 = true;
            const _errs27 = errors;
            if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
              if (data7.until !== void 0) {
                const err16 = {};
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            var _valid1 = _errs27 === errors;
            errors = _errs26;
            if (vErrors !== null) {
              if (_errs26) {
                vErrors.length = _errs26;
              } else {
                vErrors = null;
              }
            }
            if (_valid1) {
              const _errs28 = errors;
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                if (data7.max === void 0) {
                  const err17 = { instancePath: instancePath + "/retention", schemaPath: "#/properties/retention/else/then/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema19.properties.retention.else.then.required, parentSchema: schema19.properties.retention.else.then, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              }
              var _valid1 = _errs28 === errors;
              valid4 = _valid1;
            }
            if (!valid4) {
              const err18 = { instancePath: instancePath + "/retention", schemaPath: "#/properties/retention/else/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema19.properties.retention.else.if, parentSchema: schema19.properties.retention.else, data: data7 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
              for (const key2 in data7) {
                if (!(key2 === "until" || key2 === "max" || pattern0.test(key2))) {
                  const err19 = { instancePath: instancePath + "/retention", schemaPath: "#/properties/retention/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.retention.else, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              }
              if (data7.until !== void 0) {
                let data9 = data7.until;
                if (typeof data9 !== "string") {
                  const err20 = { instancePath: instancePath + "/retention/until", schemaPath: "#/properties/retention/else/properties/until/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.retention.else.properties.until.type, parentSchema: schema19.properties.retention.else.properties.until, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              }
              if (data7.max !== void 0) {
                let data10 = data7.max;
                if (typeof data10 === "string") {
                  if (!pattern33.test(data10)) {
                    const err21 = { instancePath: instancePath + "/retention/max", schemaPath: "#/definitions/retentionMax/pattern", keyword: "pattern", params: { pattern: "^(?:indefinite|forever|unlimited|P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?)$" }, message: 'must match pattern "^(?:indefinite|forever|unlimited|P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?)$"', schema: "^(?:indefinite|forever|unlimited|P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?)$", parentSchema: schema21, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                } else {
                  const err22 = { instancePath: instancePath + "/retention/max", schemaPath: "#/definitions/retentionMax/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.type, parentSchema: schema21, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              }
            } else {
              const err23 = { instancePath: instancePath + "/retention", schemaPath: "#/properties/retention/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.retention.else.type, parentSchema: schema19.properties.retention.else, data: data7 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            var _valid0 = _errs24 === errors;
            valid3 = _valid0;
            ifClause0 = "else";
          }
          if (!valid3) {
            const err24 = { instancePath: instancePath + "/retention", schemaPath: "#/properties/retention/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema19.properties.retention.if, parentSchema: schema19.properties.retention, data: data7 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      validate16.errors = vErrors;
      return errors === 0;
    }
    var schema22 = { "title": "Use", "description": "Something a system or a role actually does with the recordings.", "type": "object", "properties": { "purpose": { "$ref": "#/definitions/purposeId", "description": "The purpose this use serves; it must be declared and announced." }, "description": { "type": "string", "description": "The use in plain words." }, "by": { "type": "array", "description": "Roles or systems that use the recordings this way.", "items": { "type": "string", "description": "A role or system name.", "minLength": 1 } }, "system": { "type": "string", "description": "The system that does it, e.g. `coaching-portal`." } }, "patternProperties": { "^x-": { "description": "Free annotation (any `x-*` key is ignored by reclint)." } }, "additionalProperties": false, "required": ["purpose"] };
    function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.purpose === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "purpose" }, message: "must have required property 'purpose'", schema: schema22.required, parentSchema: schema22, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "purpose" || key0 === "description" || key0 === "by" || key0 === "system" || pattern0.test(key0))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema22, data };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data.purpose !== void 0) {
          let data0 = data.purpose;
          if (typeof data0 === "string") {
            if (!pattern17.test(data0)) {
              const err2 = { instancePath: instancePath + "/purpose", schemaPath: "#/definitions/purposeId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"', schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema15, data: data0 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          } else {
            const err3 = { instancePath: instancePath + "/purpose", schemaPath: "#/definitions/purposeId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data.description !== void 0) {
          let data1 = data.description;
          if (typeof data1 !== "string") {
            const err4 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.description.type, parentSchema: schema22.properties.description, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data.by !== void 0) {
          let data2 = data.by;
          if (Array.isArray(data2)) {
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data3 = data2[i0];
              if (typeof data3 === "string") {
                if (func3(data3) < 1) {
                  const err5 = { instancePath: instancePath + "/by/" + i0, schemaPath: "#/properties/by/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema22.properties.by.items, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
              } else {
                const err6 = { instancePath: instancePath + "/by/" + i0, schemaPath: "#/properties/by/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.by.items.type, parentSchema: schema22.properties.by.items, data: data3 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
          } else {
            const err7 = { instancePath: instancePath + "/by", schemaPath: "#/properties/by/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema22.properties.by.type, parentSchema: schema22.properties.by, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data.system !== void 0) {
          let data4 = data.system;
          if (typeof data4 !== "string") {
            const err8 = { instancePath: instancePath + "/system", schemaPath: "#/properties/system/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.system.type, parentSchema: schema22.properties.system, data: data4 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.type, parentSchema: schema22, data };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      validate18.errors = vErrors;
      return errors === 0;
    }
    var schema24 = { "title": "Processor", "description": "A processor that handles recordings for the controller (art. 28 GDPR).", "type": "object", "properties": { "name": { "type": "string", "description": "The processor's name.", "minLength": 1 }, "purpose": { "$ref": "#/definitions/purposeId", "description": "What the processor uses the recordings for; it counts as a use and must be announced." }, "agreement": { "type": "string", "description": "Path or URL of the data processing agreement (art. 28(3) GDPR)." }, "description": { "type": "string", "description": "What the processor does, in plain words." } }, "patternProperties": { "^x-": { "description": "Free annotation (any `x-*` key is ignored by reclint)." } }, "additionalProperties": false, "required": ["name"] };
    function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.name === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema24.required, parentSchema: schema24, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "name" || key0 === "purpose" || key0 === "agreement" || key0 === "description" || pattern0.test(key0))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data.name !== void 0) {
          let data0 = data.name;
          if (typeof data0 === "string") {
            if (func3(data0) < 1) {
              const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.name, data: data0 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          } else {
            const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.name.type, parentSchema: schema24.properties.name, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data.purpose !== void 0) {
          let data1 = data.purpose;
          if (typeof data1 === "string") {
            if (!pattern17.test(data1)) {
              const err4 = { instancePath: instancePath + "/purpose", schemaPath: "#/definitions/purposeId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"', schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema15, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/purpose", schemaPath: "#/definitions/purposeId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data.agreement !== void 0) {
          let data2 = data.agreement;
          if (typeof data2 !== "string") {
            const err6 = { instancePath: instancePath + "/agreement", schemaPath: "#/properties/agreement/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.agreement.type, parentSchema: schema24.properties.agreement, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data.description !== void 0) {
          let data3 = data.description;
          if (typeof data3 !== "string") {
            const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.description.type, parentSchema: schema24.properties.description, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      validate20.errors = vErrors;
      return errors === 0;
    }
    function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      const _errs1 = errors;
      let valid0 = true;
      const _errs2 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.mode === void 0 && (missing0 = "mode")) {
          const err0 = {};
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        } else {
          if (data.mode !== void 0) {
            if ("sampled" !== data.mode) {
              const err1 = {};
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          }
        }
      }
      var _valid0 = _errs2 === errors;
      errors = _errs1;
      if (vErrors !== null) {
        if (_errs1) {
          vErrors.length = _errs1;
        } else {
          vErrors = null;
        }
      }
      if (_valid0) {
        const _errs4 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.sample_rate === void 0) {
            const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "sample_rate" }, message: "must have required property 'sample_rate'", schema: schema16.then.required, parentSchema: schema16.then, data };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        var _valid0 = _errs4 === errors;
        valid0 = _valid0;
      }
      if (!valid0) {
        const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema16.if, parentSchema: schema16, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id === void 0) {
          const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema16.required, parentSchema: schema16, data };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(func2.call(schema16.properties, key0) || pattern0.test(key0))) {
            const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16, data };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data.id !== void 0) {
          let data1 = data.id;
          if (typeof data1 === "string") {
            if (!pattern17.test(data1)) {
              const err6 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/kebabId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"', schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema17, data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/kebabId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.type, parentSchema: schema17, data: data1 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data.description !== void 0) {
          let data2 = data.description;
          if (typeof data2 !== "string") {
            const err8 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.description.type, parentSchema: schema16.properties.description, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data.direction !== void 0) {
          let data3 = data.direction;
          if (typeof data3 !== "string") {
            const err9 = { instancePath: instancePath + "/direction", schemaPath: "#/properties/direction/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.direction.type, parentSchema: schema16.properties.direction, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (!(data3 === "inbound" || data3 === "outbound" || data3 === "internal")) {
            const err10 = { instancePath: instancePath + "/direction", schemaPath: "#/properties/direction/enum", keyword: "enum", params: { allowedValues: schema16.properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema16.properties.direction.enum, parentSchema: schema16.properties.direction, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data.party_to_call !== void 0) {
          let data4 = data.party_to_call;
          if (typeof data4 !== "boolean") {
            const err11 = { instancePath: instancePath + "/party_to_call", schemaPath: "#/properties/party_to_call/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.properties.party_to_call.type, parentSchema: schema16.properties.party_to_call, data: data4 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data.on_behalf_of_participant !== void 0) {
          let data5 = data.on_behalf_of_participant;
          if (typeof data5 !== "boolean") {
            const err12 = { instancePath: instancePath + "/on_behalf_of_participant", schemaPath: "#/properties/on_behalf_of_participant/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.properties.on_behalf_of_participant.type, parentSchema: schema16.properties.on_behalf_of_participant, data: data5 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data.employees_informed !== void 0) {
          let data6 = data.employees_informed;
          if (typeof data6 !== "boolean") {
            const err13 = { instancePath: instancePath + "/employees_informed", schemaPath: "#/properties/employees_informed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.properties.employees_informed.type, parentSchema: schema16.properties.employees_informed, data: data6 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data.mode !== void 0) {
          let data7 = data.mode;
          if (typeof data7 !== "string") {
            const err14 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.mode.type, parentSchema: schema16.properties.mode, data: data7 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (!(data7 === "all" || data7 === "sampled" || data7 === "on-demand" || data7 === "none")) {
            const err15 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/enum", keyword: "enum", params: { allowedValues: schema16.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema16.properties.mode.enum, parentSchema: schema16.properties.mode, data: data7 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data.sample_rate !== void 0) {
          let data8 = data.sample_rate;
          if (typeof data8 == "number") {
            if (data8 > 1 || isNaN(data8)) {
              const err16 = { instancePath: instancePath + "/sample_rate", schemaPath: "#/properties/sample_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema16.properties.sample_rate, data: data8 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data8 <= 0 || isNaN(data8)) {
              const err17 = { instancePath: instancePath + "/sample_rate", schemaPath: "#/properties/sample_rate/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema16.properties.sample_rate, data: data8 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/sample_rate", schemaPath: "#/properties/sample_rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema16.properties.sample_rate.type, parentSchema: schema16.properties.sample_rate, data: data8 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data.retroactive !== void 0) {
          let data9 = data.retroactive;
          if (typeof data9 !== "boolean") {
            const err19 = { instancePath: instancePath + "/retroactive", schemaPath: "#/properties/retroactive/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.properties.retroactive.type, parentSchema: schema16.properties.retroactive, data: data9 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data.buffer_retention !== void 0) {
          let data10 = data.buffer_retention;
          if (typeof data10 === "string") {
            if (!pattern7.test(data10)) {
              const err20 = { instancePath: instancePath + "/buffer_retention", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$" }, message: 'must match pattern "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$"', schema: "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$", parentSchema: schema13, data: data10 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/buffer_retention", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data10 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data.data !== void 0) {
          let data11 = data.data;
          if (Array.isArray(data11)) {
            const len0 = data11.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data12 = data11[i0];
              if (typeof data12 !== "string") {
                const err22 = { instancePath: instancePath + "/data/" + i0, schemaPath: "#/properties/data/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.data.items.type, parentSchema: schema16.properties.data.items, data: data12 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
              if (!(data12 === "voice" || data12 === "phone-number" || data12 === "customer-id" || data12 === "name" || data12 === "account-data" || data12 === "payment-data" || data12 === "health" || data12 === "biometric" || data12 === "criminal-data" || data12 === "political" || data12 === "religion" || data12 === "trade-union" || data12 === "sexual-orientation" || data12 === "ethnicity")) {
                const err23 = { instancePath: instancePath + "/data/" + i0, schemaPath: "#/properties/data/items/enum", keyword: "enum", params: { allowedValues: schema16.properties.data.items.enum }, message: "must be equal to one of the allowed values", schema: schema16.properties.data.items.enum, parentSchema: schema16.properties.data.items, data: data12 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.properties.data.type, parentSchema: schema16.properties.data, data: data11 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data.art9_condition !== void 0) {
          let data13 = data.art9_condition;
          if (typeof data13 === "string") {
            if (!pattern26.test(data13)) {
              const err25 = { instancePath: instancePath + "/art9_condition", schemaPath: "#/properties/art9_condition/pattern", keyword: "pattern", params: { pattern: "^9\\(2\\)\\([a-j]\\)$" }, message: 'must match pattern "^9\\(2\\)\\([a-j]\\)$"', schema: "^9\\(2\\)\\([a-j]\\)$", parentSchema: schema16.properties.art9_condition, data: data13 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/art9_condition", schemaPath: "#/properties/art9_condition/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.art9_condition.type, parentSchema: schema16.properties.art9_condition, data: data13 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data.transcripts !== void 0) {
          let data14 = data.transcripts;
          if (typeof data14 !== "boolean") {
            const err27 = { instancePath: instancePath + "/transcripts", schemaPath: "#/properties/transcripts/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.properties.transcripts.type, parentSchema: schema16.properties.transcripts, data: data14 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data.announcement !== void 0) {
          let data15 = data.announcement;
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            for (const key1 in data15) {
              if (!(key1 === "script" || key1 === "prompt" || key1 === "text" || key1 === "language" || key1 === "privacy_statement" || pattern0.test(key1))) {
                const err28 = { instancePath: instancePath + "/announcement", schemaPath: "#/properties/announcement/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16.properties.announcement, data: data15 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data15.script !== void 0) {
              let data16 = data15.script;
              if (typeof data16 === "string") {
                if (func3(data16) < 1) {
                  const err29 = { instancePath: instancePath + "/announcement/script", schemaPath: "#/properties/announcement/properties/script/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties.announcement.properties.script, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              } else {
                const err30 = { instancePath: instancePath + "/announcement/script", schemaPath: "#/properties/announcement/properties/script/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.announcement.properties.script.type, parentSchema: schema16.properties.announcement.properties.script, data: data16 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data15.prompt !== void 0) {
              let data17 = data15.prompt;
              if (typeof data17 === "string") {
                if (func3(data17) < 1) {
                  const err31 = { instancePath: instancePath + "/announcement/prompt", schemaPath: "#/properties/announcement/properties/prompt/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties.announcement.properties.prompt, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              } else {
                const err32 = { instancePath: instancePath + "/announcement/prompt", schemaPath: "#/properties/announcement/properties/prompt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.announcement.properties.prompt.type, parentSchema: schema16.properties.announcement.properties.prompt, data: data17 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data15.text !== void 0) {
              let data18 = data15.text;
              if (typeof data18 !== "string") {
                const err33 = { instancePath: instancePath + "/announcement/text", schemaPath: "#/properties/announcement/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.announcement.properties.text.type, parentSchema: schema16.properties.announcement.properties.text, data: data18 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data15.language !== void 0) {
              let data19 = data15.language;
              if (typeof data19 === "string") {
                if (!pattern2.test(data19)) {
                  const err34 = { instancePath: instancePath + "/announcement/language", schemaPath: "#/properties/announcement/properties/language/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2,3}$" }, message: 'must match pattern "^[a-z]{2,3}$"', schema: "^[a-z]{2,3}$", parentSchema: schema16.properties.announcement.properties.language, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              } else {
                const err35 = { instancePath: instancePath + "/announcement/language", schemaPath: "#/properties/announcement/properties/language/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.announcement.properties.language.type, parentSchema: schema16.properties.announcement.properties.language, data: data19 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data15.privacy_statement !== void 0) {
              let data20 = data15.privacy_statement;
              if (typeof data20 !== "string") {
                const err36 = { instancePath: instancePath + "/announcement/privacy_statement", schemaPath: "#/properties/announcement/properties/privacy_statement/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.announcement.properties.privacy_statement.type, parentSchema: schema16.properties.announcement.properties.privacy_statement, data: data20 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
          } else {
            const err37 = { instancePath: instancePath + "/announcement", schemaPath: "#/properties/announcement/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.announcement.type, parentSchema: schema16.properties.announcement, data: data15 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data.purposes !== void 0) {
          let data21 = data.purposes;
          if (Array.isArray(data21)) {
            const len1 = data21.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (!validate16(data21[i1], { instancePath: instancePath + "/purposes/" + i1, parentData: data21, parentDataProperty: i1, rootData })) {
                vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/purposes", schemaPath: "#/properties/purposes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.properties.purposes.type, parentSchema: schema16.properties.purposes, data: data21 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data.uses !== void 0) {
          let data23 = data.uses;
          if (Array.isArray(data23)) {
            const len2 = data23.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (!validate18(data23[i2], { instancePath: instancePath + "/uses/" + i2, parentData: data23, parentDataProperty: i2, rootData })) {
                vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/uses", schemaPath: "#/properties/uses/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.properties.uses.type, parentSchema: schema16.properties.uses, data: data23 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data.access !== void 0) {
          let data25 = data.access;
          if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
            for (const key2 in data25) {
              if (!(key2 === "roles" || pattern0.test(key2))) {
                const err40 = { instancePath: instancePath + "/access", schemaPath: "#/properties/access/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16.properties.access, data: data25 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data25.roles !== void 0) {
              let data26 = data25.roles;
              if (Array.isArray(data26)) {
                const len3 = data26.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data27 = data26[i3];
                  if (typeof data27 === "string") {
                    if (func3(data27) < 1) {
                      const err41 = { instancePath: instancePath + "/access/roles/" + i3, schemaPath: "#/properties/access/properties/roles/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties.access.properties.roles.items, data: data27 };
                      if (vErrors === null) {
                        vErrors = [err41];
                      } else {
                        vErrors.push(err41);
                      }
                      errors++;
                    }
                  } else {
                    const err42 = { instancePath: instancePath + "/access/roles/" + i3, schemaPath: "#/properties/access/properties/roles/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.access.properties.roles.items.type, parentSchema: schema16.properties.access.properties.roles.items, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
              } else {
                const err43 = { instancePath: instancePath + "/access/roles", schemaPath: "#/properties/access/properties/roles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.properties.access.properties.roles.type, parentSchema: schema16.properties.access.properties.roles, data: data26 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/access", schemaPath: "#/properties/access/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.access.type, parentSchema: schema16.properties.access, data: data25 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data.processors !== void 0) {
          let data28 = data.processors;
          if (Array.isArray(data28)) {
            const len4 = data28.length;
            for (let i4 = 0; i4 < len4; i4++) {
              if (!validate20(data28[i4], { instancePath: instancePath + "/processors/" + i4, parentData: data28, parentDataProperty: i4, rootData })) {
                vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err45 = { instancePath: instancePath + "/processors", schemaPath: "#/properties/processors/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.properties.processors.type, parentSchema: schema16.properties.processors, data: data28 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      } else {
        const err46 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
      validate15.errors = vErrors;
      return errors === 0;
    }
    function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.policy === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "policy" }, message: "must have required property 'policy'", schema: schema11.required, parentSchema: schema11, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.controller === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "controller" }, message: "must have required property 'controller'", schema: schema11.required, parentSchema: schema11, data };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.recordings === void 0) {
          const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "recordings" }, message: "must have required property 'recordings'", schema: schema11.required, parentSchema: schema11, data };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(func2.call(schema11.properties, key0) || pattern0.test(key0))) {
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data.$schema !== void 0) {
          let data0 = data.$schema;
          if (typeof data0 !== "string") {
            const err4 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data.policy !== void 0) {
          let data1 = data.policy;
          if (1 !== data1) {
            const err5 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.policy, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data.controller !== void 0) {
          let data2 = data.controller;
          if (typeof data2 === "string") {
            if (func3(data2) < 1) {
              const err6 = { instancePath: instancePath + "/controller", schemaPath: "#/properties/controller/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.controller, data: data2 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/controller", schemaPath: "#/properties/controller/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.controller.type, parentSchema: schema11.properties.controller, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data.jurisdiction !== void 0) {
          let data3 = data.jurisdiction;
          if (typeof data3 === "string") {
            if (!pattern1.test(data3)) {
              const err8 = { instancePath: instancePath + "/jurisdiction", schemaPath: "#/properties/jurisdiction/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}$" }, message: 'must match pattern "^[A-Z]{2}$"', schema: "^[A-Z]{2}$", parentSchema: schema11.properties.jurisdiction, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/jurisdiction", schemaPath: "#/properties/jurisdiction/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.jurisdiction.type, parentSchema: schema11.properties.jurisdiction, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data.sector !== void 0) {
          let data4 = data.sector;
          if (typeof data4 !== "string") {
            const err10 = { instancePath: instancePath + "/sector", schemaPath: "#/properties/sector/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.sector.type, parentSchema: schema11.properties.sector, data: data4 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (!(data4 === "general" || data4 === "healthcare" || data4 === "finance" || data4 === "public")) {
            const err11 = { instancePath: instancePath + "/sector", schemaPath: "#/properties/sector/enum", keyword: "enum", params: { allowedValues: schema11.properties.sector.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.sector.enum, parentSchema: schema11.properties.sector, data: data4 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data.languages !== void 0) {
          let data5 = data.languages;
          if (Array.isArray(data5)) {
            const len0 = data5.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data6 = data5[i0];
              if (typeof data6 === "string") {
                if (!pattern2.test(data6)) {
                  const err12 = { instancePath: instancePath + "/languages/" + i0, schemaPath: "#/properties/languages/items/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2,3}$" }, message: 'must match pattern "^[a-z]{2,3}$"', schema: "^[a-z]{2,3}$", parentSchema: schema11.properties.languages.items, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = { instancePath: instancePath + "/languages/" + i0, schemaPath: "#/properties/languages/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.languages.items.type, parentSchema: schema11.properties.languages.items, data: data6 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/languages", schemaPath: "#/properties/languages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.languages.type, parentSchema: schema11.properties.languages, data: data5 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data.triggers !== void 0) {
          let data7 = data.triggers;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key1 in data7) {
              if (!(pattern3.test(key1) || pattern0.test(key1))) {
                const err15 = { instancePath: instancePath + "/triggers", schemaPath: "#/properties/triggers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.triggers, data: data7 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            for (const key2 in data7) {
              if (pattern3.test(key2)) {
                if (!validate11(data7[key2], { instancePath: instancePath + "/triggers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data7, parentDataProperty: key2, rootData })) {
                  vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                  errors = vErrors.length;
                }
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/triggers", schemaPath: "#/properties/triggers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.triggers.type, parentSchema: schema11.properties.triggers, data: data7 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data.custom_purposes !== void 0) {
          let data9 = data.custom_purposes;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            for (const key4 in data9) {
              if (!(pattern3.test(key4) || pattern0.test(key4))) {
                const err17 = { instancePath: instancePath + "/custom_purposes", schemaPath: "#/properties/custom_purposes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.custom_purposes, data: data9 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            for (const key5 in data9) {
              if (pattern3.test(key5)) {
                if (!validate13(data9[key5], { instancePath: instancePath + "/custom_purposes/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data9, parentDataProperty: key5, rootData })) {
                  vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                  errors = vErrors.length;
                }
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/custom_purposes", schemaPath: "#/properties/custom_purposes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.custom_purposes.type, parentSchema: schema11.properties.custom_purposes, data: data9 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data.subject_rights !== void 0) {
          let data11 = data.subject_rights;
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            for (const key7 in data11) {
              if (!(key7 === "access" || key7 === "erasure" || key7 === "objection" || pattern0.test(key7))) {
                const err19 = { instancePath: instancePath + "/subject_rights", schemaPath: "#/properties/subject_rights/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.subject_rights, data: data11 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data11.access !== void 0) {
              let data12 = data11.access;
              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                for (const key8 in data12) {
                  if (!(key8 === "includes" || key8 === "procedure" || pattern0.test(key8))) {
                    const err20 = { instancePath: instancePath + "/subject_rights/access", schemaPath: "#/properties/subject_rights/properties/access/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.subject_rights.properties.access, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
                if (data12.includes !== void 0) {
                  let data13 = data12.includes;
                  if (Array.isArray(data13)) {
                    const len1 = data13.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data14 = data13[i1];
                      if (typeof data14 === "string") {
                        if (func3(data14) < 1) {
                          const err21 = { instancePath: instancePath + "/subject_rights/access/includes/" + i1, schemaPath: "#/properties/subject_rights/properties/access/properties/includes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.subject_rights.properties.access.properties.includes.items, data: data14 };
                          if (vErrors === null) {
                            vErrors = [err21];
                          } else {
                            vErrors.push(err21);
                          }
                          errors++;
                        }
                      } else {
                        const err22 = { instancePath: instancePath + "/subject_rights/access/includes/" + i1, schemaPath: "#/properties/subject_rights/properties/access/properties/includes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.subject_rights.properties.access.properties.includes.items.type, parentSchema: schema11.properties.subject_rights.properties.access.properties.includes.items, data: data14 };
                        if (vErrors === null) {
                          vErrors = [err22];
                        } else {
                          vErrors.push(err22);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err23 = { instancePath: instancePath + "/subject_rights/access/includes", schemaPath: "#/properties/subject_rights/properties/access/properties/includes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.subject_rights.properties.access.properties.includes.type, parentSchema: schema11.properties.subject_rights.properties.access.properties.includes, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
                if (data12.procedure !== void 0) {
                  let data15 = data12.procedure;
                  if (typeof data15 !== "string") {
                    const err24 = { instancePath: instancePath + "/subject_rights/access/procedure", schemaPath: "#/properties/subject_rights/properties/access/properties/procedure/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.subject_rights.properties.access.properties.procedure.type, parentSchema: schema11.properties.subject_rights.properties.access.properties.procedure, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
              } else {
                const err25 = { instancePath: instancePath + "/subject_rights/access", schemaPath: "#/properties/subject_rights/properties/access/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.subject_rights.properties.access.type, parentSchema: schema11.properties.subject_rights.properties.access, data: data12 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data11.erasure !== void 0) {
              let data16 = data11.erasure;
              if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                for (const key9 in data16) {
                  if (!(key9 === "procedure" || pattern0.test(key9))) {
                    const err26 = { instancePath: instancePath + "/subject_rights/erasure", schemaPath: "#/properties/subject_rights/properties/erasure/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.subject_rights.properties.erasure, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
                if (data16.procedure !== void 0) {
                  let data17 = data16.procedure;
                  if (typeof data17 !== "string") {
                    const err27 = { instancePath: instancePath + "/subject_rights/erasure/procedure", schemaPath: "#/properties/subject_rights/properties/erasure/properties/procedure/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.subject_rights.properties.erasure.properties.procedure.type, parentSchema: schema11.properties.subject_rights.properties.erasure.properties.procedure, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
              } else {
                const err28 = { instancePath: instancePath + "/subject_rights/erasure", schemaPath: "#/properties/subject_rights/properties/erasure/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.subject_rights.properties.erasure.type, parentSchema: schema11.properties.subject_rights.properties.erasure, data: data16 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data11.objection !== void 0) {
              let data18 = data11.objection;
              if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                for (const key10 in data18) {
                  if (!(key10 === "procedure" || pattern0.test(key10))) {
                    const err29 = { instancePath: instancePath + "/subject_rights/objection", schemaPath: "#/properties/subject_rights/properties/objection/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.subject_rights.properties.objection, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                if (data18.procedure !== void 0) {
                  let data19 = data18.procedure;
                  if (typeof data19 !== "string") {
                    const err30 = { instancePath: instancePath + "/subject_rights/objection/procedure", schemaPath: "#/properties/subject_rights/properties/objection/properties/procedure/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.subject_rights.properties.objection.properties.procedure.type, parentSchema: schema11.properties.subject_rights.properties.objection.properties.procedure, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
              } else {
                const err31 = { instancePath: instancePath + "/subject_rights/objection", schemaPath: "#/properties/subject_rights/properties/objection/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.subject_rights.properties.objection.type, parentSchema: schema11.properties.subject_rights.properties.objection, data: data18 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
          } else {
            const err32 = { instancePath: instancePath + "/subject_rights", schemaPath: "#/properties/subject_rights/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.subject_rights.type, parentSchema: schema11.properties.subject_rights, data: data11 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data.recordings !== void 0) {
          let data20 = data.recordings;
          if (Array.isArray(data20)) {
            if (data20.length < 1) {
              const err33 = { instancePath: instancePath + "/recordings", schemaPath: "#/properties/recordings/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.recordings, data: data20 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            const len2 = data20.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (!validate15(data20[i2], { instancePath: instancePath + "/recordings/" + i2, parentData: data20, parentDataProperty: i2, rootData })) {
                vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/recordings", schemaPath: "#/properties/recordings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.recordings.type, parentSchema: schema11.properties.recordings, data: data20 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      validate10.errors = vErrors;
      return errors === 0;
    }
  }
});

// ../main/node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "../main/node_modules/yaml/dist/nodes/identity.js"(exports2) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports2.ALIAS = ALIAS;
    exports2.DOC = DOC;
    exports2.MAP = MAP;
    exports2.NODE_TYPE = NODE_TYPE;
    exports2.PAIR = PAIR;
    exports2.SCALAR = SCALAR;
    exports2.SEQ = SEQ;
    exports2.hasAnchor = hasAnchor;
    exports2.isAlias = isAlias2;
    exports2.isCollection = isCollection;
    exports2.isDocument = isDocument;
    exports2.isMap = isMap2;
    exports2.isNode = isNode;
    exports2.isPair = isPair2;
    exports2.isScalar = isScalar2;
    exports2.isSeq = isSeq2;
  }
});

// ../main/node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "../main/node_modules/yaml/dist/visit.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit3(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    function visit_(key, node, visitor, path12) {
      const ctrl = callVisitor(key, node, visitor, path12);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path12, ctrl);
        return visit_(key, ctrl, visitor, path12);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path12 = Object.freeze(path12.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path12);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path12 = Object.freeze(path12.concat(node));
          const ck = visit_("key", node.key, visitor, path12);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path12);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path12) {
      const ctrl = await callVisitor(key, node, visitor, path12);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path12, ctrl);
        return visitAsync_(key, ctrl, visitor, path12);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path12 = Object.freeze(path12.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path12);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path12 = Object.freeze(path12.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path12);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path12);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path12) {
      if (typeof visitor === "function")
        return visitor(key, node, path12);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path12);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path12);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path12);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path12);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path12);
      return void 0;
    }
    function replaceNode(key, path12, node) {
      const parent = path12[path12.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports2.visit = visit3;
    exports2.visitAsync = visitAsync;
  }
});

// ../main/node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "../main/node_modules/yaml/dist/doc/directives.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit3 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim2 = source.slice(2, -1);
          if (verbatim2 === "!" || verbatim2 === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim2;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit3.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports2.Directives = Directives;
  }
});

// ../main/node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "../main/node_modules/yaml/dist/doc/anchors.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit3 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit3.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports2.anchorIsValid = anchorIsValid;
    exports2.anchorNames = anchorNames;
    exports2.createNodeAnchors = createNodeAnchors;
    exports2.findNewAnchor = findNewAnchor;
  }
});

// ../main/node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "../main/node_modules/yaml/dist/doc/applyReviver.js"(exports2) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports2.applyReviver = applyReviver;
  }
});

// ../main/node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "../main/node_modules/yaml/dist/nodes/toJS.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports2.toJS = toJS;
  }
});

// ../main/node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "../main/node_modules/yaml/dist/nodes/Node.js"(exports2) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports2.NodeBase = NodeBase;
  }
});

// ../main/node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "../main/node_modules/yaml/dist/nodes/Alias.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var visit3 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit3.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports2.Alias = Alias;
  }
});

// ../main/node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "../main/node_modules/yaml/dist/nodes/Scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports2.Scalar = Scalar;
    exports2.isScalarValue = isScalarValue;
  }
});

// ../main/node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "../main/node_modules/yaml/dist/doc/createNode.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema2, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema2.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema2[identity.MAP] : Symbol.iterator in Object(value) ? schema2[identity.SEQ] : schema2[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports2.createNode = createNode;
  }
});

// ../main/node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "../main/node_modules/yaml/dist/nodes/Collection.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema2, path12, value) {
      let v = value;
      for (let i = path12.length - 1; i >= 0; --i) {
        const k = path12[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema: schema2,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path12) => path12 == null || typeof path12 === "object" && !!path12[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema2) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema2,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema2) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema2)
          copy.schema = schema2;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema2) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path12, value) {
        if (isEmptyPath(path12))
          this.add(value);
        else {
          const [key, ...rest] = path12;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path12) {
        const [key, ...rest] = path12;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path12, keepScalar) {
        const [key, ...rest] = path12;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path12) {
        const [key, ...rest] = path12;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path12, value) {
        const [key, ...rest] = path12;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports2.Collection = Collection;
    exports2.collectionFromPath = collectionFromPath;
    exports2.isEmptyPath = isEmptyPath;
  }
});

// ../main/node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "../main/node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports2.indentComment = indentComment;
    exports2.lineComment = lineComment;
    exports2.stringifyComment = stringifyComment;
  }
});

// ../main/node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "../main/node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold2 = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold2 === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold2])
            res += `${text[fold2]}\\`;
          res += `
${indent}${text.slice(fold2 + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start2 = i + 1;
      let ch = text[start2];
      while (ch === " " || ch === "	") {
        if (i < start2 + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start2 = i + 1;
          ch = text[start2];
        }
      }
      return end;
    }
    exports2.FOLD_BLOCK = FOLD_BLOCK;
    exports2.FOLD_FLOW = FOLD_FLOW;
    exports2.FOLD_QUOTED = FOLD_QUOTED;
    exports2.foldFlowLines = foldFlowLines;
  }
});

// ../main/node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "../main/node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start2 = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start2 > limit)
            return true;
          start2 = i + 1;
          if (strLen - start2 <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json2 = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json2;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start2 = 0;
      for (let i = 0, ch = json2[i]; ch; ch = json2[++i]) {
        if (ch === " " && json2[i + 1] === "\\" && json2[i + 2] === "n") {
          str2 += json2.slice(start2, i) + "\\ ";
          i += 1;
          start2 = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json2[i + 1]) {
            case "u":
              {
                str2 += json2.slice(start2, i);
                const code = json2.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json2.substr(i, 6);
                }
                i += 5;
                start2 = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json2[i + 2] === '"' || json2.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json2.slice(start2, i) + "\n\n";
                while (json2[i + 2] === "\\" && json2[i + 3] === "n" && json2[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json2[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start2 = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start2 ? str2 + json2.slice(start2) : json2;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start2 = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start2) {
        value = value.substring(start2.length);
        start2 = start2.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start2}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start2}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports2.stringifyString = stringifyString;
  }
});

// ../main/node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "../main/node_modules/yaml/dist/stringify/stringify.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports2.createStringifyContext = createStringifyContext;
    exports2.stringify = stringify;
  }
});

// ../main/node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "../main/node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports2.stringifyPair = stringifyPair;
  }
});

// ../main/node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "../main/node_modules/yaml/dist/log.js"(exports2) {
    "use strict";
    var node_process = require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports2.debug = debug;
    exports2.warn = warn;
  }
});

// ../main/node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "../main/node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports2.addMergeToJSMap = addMergeToJSMap;
    exports2.isMergeKey = isMergeKey;
    exports2.merge = merge;
  }
});

// ../main/node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "../main/node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports2.addPairToJSMap = addPairToJSMap;
  }
});

// ../main/node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "../main/node_modules/yaml/dist/nodes/Pair.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema2) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema2);
        if (identity.isNode(value))
          value = value.clone(schema2);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports2.Pair = Pair;
    exports2.createPair = createPair;
  }
});

// ../main/node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "../main/node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start: start2, end } = flowChars;
      if (lines.length === 0) {
        return start2 + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start2;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start2}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports2.stringifyCollection = stringifyCollection;
  }
});

// ../main/node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "../main/node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema2) {
        super(identity.MAP, schema2);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema2, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema2);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema2.sortMapEntries === "function") {
          map.items.sort(schema2.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports2.YAMLMap = YAMLMap;
    exports2.findPair = findPair;
  }
});

// ../main/node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "../main/node_modules/yaml/dist/schema/common/map.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema2, obj, ctx) => YAMLMap.YAMLMap.from(schema2, obj, ctx)
    };
    exports2.map = map;
  }
});

// ../main/node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "../main/node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema2) {
        super(identity.SEQ, schema2);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema2, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema2);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports2.YAMLSeq = YAMLSeq;
  }
});

// ../main/node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "../main/node_modules/yaml/dist/schema/common/seq.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema2, obj, ctx) => YAMLSeq.YAMLSeq.from(schema2, obj, ctx)
    };
    exports2.seq = seq;
  }
});

// ../main/node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "../main/node_modules/yaml/dist/schema/common/string.js"(exports2) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports2.string = string;
  }
});

// ../main/node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "../main/node_modules/yaml/dist/schema/common/null.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports2.nullTag = nullTag;
  }
});

// ../main/node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "../main/node_modules/yaml/dist/schema/core/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports2.boolTag = boolTag;
  }
});

// ../main/node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "../main/node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {
    "use strict";
    function stringifyNumber({ format: format2, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports2.stringifyNumber = stringifyNumber;
  }
});

// ../main/node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "../main/node_modules/yaml/dist/schema/core/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// ../main/node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "../main/node_modules/yaml/dist/schema/core/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// ../main/node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "../main/node_modules/yaml/dist/schema/core/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema2 = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports2.schema = schema2;
  }
});

// ../main/node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "../main/node_modules/yaml/dist/schema/json/schema.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema2 = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports2.schema = schema2;
  }
});

// ../main/node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "../main/node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {
    "use strict";
    var node_buffer = require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports2.binary = binary;
  }
});

// ../main/node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "../main/node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema2, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema2);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports2.createPairs = createPairs;
    exports2.pairs = pairs;
    exports2.resolvePairs = resolvePairs;
  }
});

// ../main/node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "../main/node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema2, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema2, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema2, iterable, ctx) => YAMLOMap.from(schema2, iterable, ctx)
    };
    exports2.YAMLOMap = YAMLOMap;
    exports2.omap = omap;
  }
});

// ../main/node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "../main/node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports2.falseTag = falseTag;
    exports2.trueTag = trueTag;
  }
});

// ../main/node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "../main/node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// ../main/node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "../main/node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intBin = intBin;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// ../main/node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "../main/node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema2) {
        super(schema2);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema2, iterable, ctx) {
        const { replacer } = ctx;
        const set3 = new this(schema2);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set3.items.push(Pair.createPair(value, null, ctx));
          }
        return set3;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set2 = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema2, iterable, ctx) => YAMLSet.from(schema2, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports2.YAMLSet = YAMLSet;
    exports2.set = set2;
  }
});

// ../main/node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "../main/node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports2.floatTime = floatTime;
    exports2.intTime = intTime;
    exports2.timestamp = timestamp;
  }
});

// ../main/node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "../main/node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set2 = require_set();
    var timestamp = require_timestamp();
    var schema2 = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set2.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports2.schema = schema2;
  }
});

// ../main/node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "../main/node_modules/yaml/dist/schema/tags.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema2 = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set2 = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema2.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set2.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set2.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports2.coreKnownTags = coreKnownTags;
    exports2.getTags = getTags;
  }
});

// ../main/node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "../main/node_modules/yaml/dist/schema/Schema.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema: schema2, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema2 === "string" && schema2 || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports2.Schema = Schema;
  }
});

// ../main/node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "../main/node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports2.stringifyDocument = stringifyDocument;
  }
});

// ../main/node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "../main/node_modules/yaml/dist/doc/Document.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path12, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path12, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path12) {
        if (Collection.isEmptyPath(path12)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path12) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path12, keepScalar) {
        if (Collection.isEmptyPath(path12))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path12, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path12) {
        if (Collection.isEmptyPath(path12))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path12) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path12, value) {
        if (Collection.isEmptyPath(path12)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path12), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path12, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json: json2, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json2,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports2.Document = Document;
  }
});

// ../main/node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "../main/node_modules/yaml/dist/errors.js"(exports2) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports2.YAMLError = YAMLError;
    exports2.YAMLParseError = YAMLParseError;
    exports2.YAMLWarning = YAMLWarning;
    exports2.prettifyError = prettifyError;
  }
});

// ../main/node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "../main/node_modules/yaml/dist/compose/resolve-props.js"(exports2) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start2 = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start2 ?? (start2 = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start2 ?? (start2 = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start2 ?? end
      };
    }
    exports2.resolveProps = resolveProps;
  }
});

// ../main/node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "../main/node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports2.containsNewline = containsNewline;
  }
});

// ../main/node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "../main/node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports2.flowIndentCheck = flowIndentCheck;
  }
});

// ../main/node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "../main/node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports2.mapIncludes = mapIncludes;
  }
});

// ../main/node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "../main/node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start: start2, key, sep: sep4, value } = collItem;
        const keyProps = resolveProps.resolveProps(start2, {
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep4) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start2[start2.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start2, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep4 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep4, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports2.resolveBlockMap = resolveBlockMap;
  }
});

// ../main/node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "../main/node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start: start2, value } of bs.items) {
        const props = resolveProps.resolveProps(start2, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start2, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports2.resolveBlockSeq = resolveBlockSeq;
  }
});

// ../main/node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "../main/node_modules/yaml/dist/compose/resolve-end.js"(exports2) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep4 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep4 + cb;
              sep4 = "";
              break;
            }
            case "newline":
              if (comment)
                sep4 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports2.resolveEnd = resolveEnd;
  }
});

// ../main/node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "../main/node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start: start2, key, sep: sep4, value } = collItem;
        const props = resolveProps.resolveProps(start2, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep4 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start2) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep4 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep4, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start2, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep4 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep4)
                for (const st of sep4) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep4, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports2.resolveFlowCollection = resolveFlowCollection;
  }
});

// ../main/node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "../main/node_modules/yaml/dist/compose/compose-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl3 } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl3 || nl3.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports2.composeCollection = composeCollection;
  }
});

// ../main/node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "../main/node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start2 = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start2, start2, start2] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start2 + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start2, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep4 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep4 === " ")
            sep4 = "\n";
          else if (!prevMoreIndented && sep4 === "\n")
            sep4 = "\n\n";
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep4 === "\n")
            value += "\n";
          else
            sep4 = "\n";
        } else {
          value += sep4 + content;
          sep4 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start2 + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start2, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict2, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict2 && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports2.resolveBlockScalar = resolveBlockScalar;
  }
});

// ../main/node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "../main/node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict2, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue2(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict2, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue2(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep4 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep4 === "\n")
            res += sep4;
          else
            sep4 = "\n";
        } else {
          res += sep4 + lm;
          sep4 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep4 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold: fold2, offset } = foldNewline(source, i);
          res += fold2;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold2 = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold2 += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold2)
        fold2 = " ";
      return { fold: fold2, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports2.resolveFlowScalar = resolveFlowScalar;
  }
});

// ../main/node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "../main/node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema2, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema2[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema2.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema2.knownTags[tagName];
      if (kt && !kt.collection) {
        schema2.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema2[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema: schema2 }, value, token, onError) {
      const tag = schema2.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema2[identity.SCALAR];
      if (schema2.compat) {
        const compat = schema2.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema2[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports2.composeScalar = composeScalar;
  }
});

// ../main/node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "../main/node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports2.emptyScalarPosition = emptyScalarPosition;
  }
});

// ../main/node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "../main/node_modules/yaml/dist/compose/compose-node.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports2.composeEmptyNode = composeEmptyNode;
    exports2.composeNode = composeNode;
  }
});

// ../main/node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "../main/node_modules/yaml/dist/compose/compose-doc.js"(exports2) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start: start2, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start2, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start2, null, props, onError);
      const contentEnd3 = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd3, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd3, re.offset];
      return doc;
    }
    exports2.composeDoc = composeDoc;
  }
});

// ../main/node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "../main/node_modules/yaml/dist/compose/composer.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports2.Composer = Composer;
  }
});

// ../main/node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "../main/node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict2 = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict2, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict: strict2 } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl3 = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl3] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports2.createScalarToken = createScalarToken;
    exports2.resolveAsScalar = resolveAsScalar;
    exports2.setScalarValue = setScalarValue;
  }
});

// ../main/node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "../main/node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start: start2, key, sep: sep4, value }) {
      let res = "";
      for (const st of start2)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep4)
        for (const st of sep4)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports2.stringify = stringify;
  }
});

// ../main/node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "../main/node_modules/yaml/dist/parse/cst-visit.js"(exports2) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit3(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    visit3.itemAtPath = (cst, path12) => {
      let item = cst;
      for (const [field2, index] of path12) {
        const tok = item?.[field2];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit3.parentCollection = (cst, path12) => {
      const parent = visit3.itemAtPath(cst, path12.slice(0, -1));
      const field2 = path12[path12.length - 1][0];
      const coll = parent?.[field2];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path12, item, visitor) {
      let ctrl = visitor(item, path12);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field2 of ["key", "value"]) {
        const token = item[field2];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path12.concat([[field2, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field2 === "key")
            ctrl = ctrl(item, path12);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path12) : ctrl;
    }
    exports2.visit = visit3;
  }
});

// ../main/node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "../main/node_modules/yaml/dist/parse/cst.js"(exports2) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports2.createScalarToken = cstScalar.createScalarToken;
    exports2.resolveAsScalar = cstScalar.resolveAsScalar;
    exports2.setScalarValue = cstScalar.setScalarValue;
    exports2.stringify = cstStringify.stringify;
    exports2.visit = cstVisit.visit;
    exports2.BOM = BOM;
    exports2.DOCUMENT = DOCUMENT;
    exports2.FLOW_END = FLOW_END;
    exports2.SCALAR = SCALAR;
    exports2.isCollection = isCollection;
    exports2.isScalar = isScalar2;
    exports2.prettyToken = prettyToken;
    exports2.tokenType = tokenType;
  }
});

// ../main/node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "../main/node_modules/yaml/dist/parse/lexer.js"(exports2) {
    "use strict";
    var cst = require_cst();
    function isEmpty2(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty2(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp2 = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp2);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty2(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty2(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty2(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl3, sp2;
        let indent = -1;
        do {
          nl3 = yield* this.pushNewline();
          if (nl3 > 0) {
            sp2 = yield* this.pushSpaces(false);
            this.indentValue = indent = sp2;
          } else {
            sp2 = 0;
          }
          sp2 += yield* this.pushSpaces(true);
        } while (nl3 + sp2 > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty2(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty2(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl3 = qb.indexOf("\n", this.pos);
        if (nl3 !== -1) {
          while (nl3 !== -1) {
            const cs = this.continueScalar(nl3 + 1);
            if (cs === -1)
              break;
            nl3 = qb.indexOf("\n", cs);
          }
          if (nl3 !== -1) {
            end = nl3 - (qb[nl3 - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty2(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl3 = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl3 = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl3 + 1);
            if (cs === -1)
              break;
            nl3 = this.buffer.indexOf("\n", cs);
          } while (nl3 !== -1);
          if (nl3 === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl3 = this.buffer.length;
          }
        }
        let i = nl3 + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl3 = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl3 - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl3 = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl3 + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty2(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty2(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty2(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty2(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports2.Lexer = Lexer;
  }
});

// ../main/node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "../main/node_modules/yaml/dist/parse/line-counter.js"(exports2) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start2 = this.lineStarts[low - 1];
          return { line: low, col: offset - start2 + 1 };
        };
      }
    };
    exports2.LineCounter = LineCounter;
  }
});

// ../main/node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "../main/node_modules/yaml/dist/parse/parser.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start2 = getFirstKeyStartProps(prev);
          let sep4;
          if (scalar.end) {
            sep4 = scalar.end;
            sep4.push(this.sourceToken);
            delete scalar.end;
          } else
            sep4 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start: start2, key: scalar, sep: sep4 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl3 = this.source.indexOf("\n") + 1;
              while (nl3 !== 0) {
                this.onNewLine(this.offset + nl3);
                nl3 = this.source.indexOf("\n", nl3) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start2 = [];
          if (atNextItem && it.sep && !it.value) {
            const nl3 = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl3.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl3.length = 0;
                  break;
                default:
                  nl3.length = 0;
              }
            }
            if (nl3.length >= 2)
              start2 = it.sep.splice(nl3[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start2.push(this.sourceToken);
                map.items.push({ start: start2 });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start2.push(this.sourceToken);
                map.items.push({ start: start2, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start3 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start3, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start3 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep4 = it.sep;
                  sep4.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start3, key, sep: sep4 }]
                  });
                } else if (start2.length > 0) {
                  it.sep = it.sep.concat(start2, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start: start2, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs11 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start: start2, key: fs11, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs11);
              } else {
                Object.assign(it, { key: fs11, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start: start2 });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs11 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs11, sep: [] });
              else if (it.sep)
                this.stack.push(fs11);
              else
                Object.assign(it, { key: fs11, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep4 = fc.end.splice(1, fc.end.length);
            sep4.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start: start2, key: fc, sep: sep4 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl3 = this.source.indexOf("\n") + 1;
          while (nl3 !== 0) {
            this.onNewLine(this.offset + nl3);
            nl3 = this.source.indexOf("\n", nl3) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            start2.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: start2, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: start2, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start2, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start2.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports2.Parser = Parser;
  }
});

// ../main/node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "../main/node_modules/yaml/dist/public-api.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports2.parse = parse2;
    exports2.parseAllDocuments = parseAllDocuments2;
    exports2.parseDocument = parseDocument;
    exports2.stringify = stringify;
  }
});

// ../main/node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "../main/node_modules/yaml/dist/index.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit3 = require_visit();
    exports2.Composer = composer.Composer;
    exports2.Document = Document.Document;
    exports2.Schema = Schema.Schema;
    exports2.YAMLError = errors.YAMLError;
    exports2.YAMLParseError = errors.YAMLParseError;
    exports2.YAMLWarning = errors.YAMLWarning;
    exports2.Alias = Alias.Alias;
    exports2.isAlias = identity.isAlias;
    exports2.isCollection = identity.isCollection;
    exports2.isDocument = identity.isDocument;
    exports2.isMap = identity.isMap;
    exports2.isNode = identity.isNode;
    exports2.isPair = identity.isPair;
    exports2.isScalar = identity.isScalar;
    exports2.isSeq = identity.isSeq;
    exports2.Pair = Pair.Pair;
    exports2.Scalar = Scalar.Scalar;
    exports2.YAMLMap = YAMLMap.YAMLMap;
    exports2.YAMLSeq = YAMLSeq.YAMLSeq;
    exports2.CST = cst;
    exports2.Lexer = lexer.Lexer;
    exports2.LineCounter = lineCounter.LineCounter;
    exports2.Parser = parser.Parser;
    exports2.parse = publicApi.parse;
    exports2.parseAllDocuments = publicApi.parseAllDocuments;
    exports2.parseDocument = publicApi.parseDocument;
    exports2.stringify = publicApi.stringify;
    exports2.visit = visit3.visit;
    exports2.visitAsync = visit3.visitAsync;
  }
});

// server/src/core/config-validator.generated.js
var require_config_validator_generated = __commonJS({
  "server/src/core/config-validator.generated.js"(exports2, module2) {
    "use strict";
    module2.exports = validate10;
    module2.exports.default = validate10;
    var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://reclint.dev/schemas/reclintrc.schema.json", "title": "reclint project configuration (.reclintrc.yaml)", "description": "Project settings for reclint, found upward from each linted file. The same settings exist as `reclint.*` editor settings; the workspace file wins.", "type": "object", "properties": { "$schema": { "type": "string", "description": "URI of this JSON Schema (for editors); ignored by reclint." }, "root": { "type": "boolean", "description": "Stop looking for `.reclintrc.yaml` files further up.", "default": false }, "extends": { "description": "Configs this one builds on, outermost first; this file wins over them. Each is `reclint:recommended`, `reclint:strict`, a YAML file relative to this one (`./shared/reclint.yaml`), or an npm package that ships one (`@acme/reclint-config`: its package.json `reclint` field, else `reclint.yaml`). Only YAML is read: no code runs. They give `rules`, `jurisdiction`, `phrases`, `overrides` and `max_findings_per_file`, never `files`, `ignores` or `root`.", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 } }] }, "jurisdiction": { "type": "string", "pattern": "^[A-Z]{2}$", "description": "Default ISO 3166-1 alpha-2 jurisdiction (e.g. `NL`, `DK`) for policies that name none. `DK` and `NL` have profiles; any other value is the EU-wide profile.", "patternErrorMessage": "A two-letter country code in capitals, such as NL or DK." }, "rules": { "type": "object", "description": "Rule severities by rule id: `off`, `hint`, `info`, `warning` or `error`.", "properties": { "yaml-syntax": { "$ref": "#/definitions/severity", "description": "`yaml-syntax` (default: error): fires when the YAML/JSON does not parse (also duplicate keys, alias bombs)." }, "schema": { "$ref": "#/definitions/severity", "description": "`schema` (default: error): fires when the document breaks the JSON Schema; one finding per real problem, at the offending node, in plain words." }, "unknown-legal-basis": { "$ref": "#/definitions/severity", "description": "`unknown-legal-basis` (default: error): fires when `legal_basis` is not a canonical value." }, "unknown-purpose": { "$ref": "#/definitions/severity", "description": "`unknown-purpose` (default: error): fires when a purpose id is neither built in nor under `custom_purposes`." }, "invalid-duration": { "$ref": "#/definitions/severity", "description": "`invalid-duration` (default: error): fires when `max`, `buffer_retention` is not ISO 8601." }, "script-not-found": { "$ref": "#/definitions/severity", "description": "`script-not-found` (default: error): fires when `announcement.script` points to no file." }, "prompt-not-found": { "$ref": "#/definitions/severity", "description": "`prompt-not-found` (default: error): fires when `announcement.prompt` is not a prompt id in the script." }, "placeholder-value": { "$ref": "#/definitions/severity", "description": "`placeholder-value` (default: info): a value still reads `TODO` (as written by a fix, `reclint init` or a snippet)." }, "too-many-findings": { "$ref": "#/definitions/severity", "description": "`too-many-findings` (default: the severity of the worst finding it stands for): a file has more findings than `max_findings_per_file`." }, "script-not-named": { "$ref": "#/definitions/severity", "description": "`script-not-named` (default: info): a script given on the command line (or opened in the editor) that no policy of the project names." }, "ivr-syntax": { "$ref": "#/definitions/severity", "description": "`ivr-syntax` (default: error): fires when a line of a script does not parse." }, "legal-basis-missing": { "$ref": "#/definitions/severity", "description": "`legal-basis-missing` (default: error): fires when a declared purpose has no `legal_basis`." }, "balancing-test-missing": { "$ref": "#/definitions/severity", "description": "`balancing-test-missing` (default: warning): fires when `legitimate-interests` without `balancing_test`." }, "consent-not-active": { "$ref": "#/definitions/severity", "description": "`consent-not-active` (default: error): fires when `consent` with `mechanism: implied` or none; or `mechanism: ivr-keypress` while the announcement is a script that has no `consent` step (verbal and written consent are not looked for in the script)." }, "basis-not-necessary-for-contract": { "$ref": "#/definitions/severity", "description": "`basis-not-necessary-for-contract` (default: warning): fires when `contract` for `staff-training`, `employee-evaluation`, `marketing`, `ai-training`, `speech-analytics`, `emotion-recognition`, `publication`." }, "training-needs-consent": { "$ref": "#/definitions/severity", "description": "`training-needs-consent` (default: warning (error in DK)): fires when `staff-training` on any basis but `consent`." }, "legal-obligation-unreferenced": { "$ref": "#/definitions/severity", "description": "`legal-obligation-unreferenced` (default: warning): fires when `legal-obligation` without `law`." }, "special-category-without-condition": { "$ref": "#/definitions/severity", "description": "`special-category-without-condition` (default: error): fires when `data` holds a special category and no `art9_condition`." }, "personal-use-by-organisation": { "$ref": "#/definitions/severity", "description": "`personal-use-by-organisation` (default: error): fires when a policy declares `personal-use`." }, "publication-without-consent": { "$ref": "#/definitions/severity", "description": "`publication-without-consent` (default: error): fires when `publication` on any basis but `consent`." }, "emotion-recognition-workplace": { "$ref": "#/definitions/severity", "description": "`emotion-recognition-workplace` (default: error on `direction: internal`; warning on inbound/outbound calls): fires when `emotion-recognition` is declared or used: inferring staff emotions at work is prohibited; on customer calls the agent's side must be excluded and the caller's is high-risk (Annex III)." }, "announcement-missing": { "$ref": "#/definitions/severity", "description": "`announcement-missing` (default: error): fires when a recording with mode other than `none` has no announcement (inbound and outbound alike)." }, "announcement-website-only": { "$ref": "#/definitions/severity", "description": "`announcement-website-only` (default: error): fires when the announcement is only a `privacy_statement` link." }, "announcement-no-recording-mention": { "$ref": "#/definitions/severity", "description": "`announcement-no-recording-mention` (default: error): fires when the notice prompt never says the call is recorded." }, "announcement-denies-recording": { "$ref": "#/definitions/severity", "description": "`announcement-denies-recording` (default: error): fires when the notice says the call is not recorded, yet it is." }, "announcement-after-recording": { "$ref": "#/definitions/severity", "description": "`announcement-after-recording` (default: error): fires when a caller can reach `record start` before hearing the notice; in the `.ivr`, at that `record start`, the path in related information." }, "purpose-not-announced": { "$ref": "#/definitions/severity", "description": "`purpose-not-announced` (default: error; warning when related to an announced purpose): fires when a purpose that a recording declares or uses (`uses[].purpose`, `processors[].purpose`) is not announced in that recording's notice; one finding per recording and purpose, at the declared `purpose` value, or at the first use when it is not declared." }, "use-undeclared-purpose": { "$ref": "#/definitions/severity", "description": "`use-undeclared-purpose` (default: error): fires when a use names a purpose that the recording does not declare." }, "announced-purpose-undeclared": { "$ref": "#/definitions/severity", "description": "`announced-purpose-undeclared` (default: warning): fires when the notice of a recording names a purpose that this recording does not declare; at the words in the notice." }, "vague-purpose": { "$ref": "#/definitions/severity", "description": "`vague-purpose` (default: warning): fires when the notice uses a vague phrase (quality/service/internal/administrative purposes), even beside specific ones; at the vague words." }, "announcement-language-missing": { "$ref": "#/definitions/severity", "description": "`announcement-language-missing` (default: warning): fires when a language in `languages` has no notice in the script; at that language in `languages`." }, "purpose-unused": { "$ref": "#/definitions/severity", "description": "`purpose-unused` (default: hint): fires when a declared purpose has no use (when `uses` is given)." }, "retention-missing": { "$ref": "#/definitions/severity", "description": "`retention-missing` (default: error): fires when a declared purpose has no `retention`." }, "retention-trigger-undefined": { "$ref": "#/definitions/severity", "description": "`retention-trigger-undefined` (default: error): fires when `until` names no trigger under `triggers`." }, "retention-indefinite": { "$ref": "#/definitions/severity", "description": "`retention-indefinite` (default: error): fires when `retention:` or its `max:` is `indefinite` / `forever` / `unlimited`." }, "retention-no-backstop": { "$ref": "#/definitions/severity", "description": "`retention-no-backstop` (default: info): fires when `until` names a declared trigger, without `max`, and the trigger has no `max`." }, "trigger-unused": { "$ref": "#/definitions/severity", "description": "`trigger-unused` (default: hint): fires when a trigger nobody uses." }, "retroactive-buffer-undefined": { "$ref": "#/definitions/severity", "description": "`retroactive-buffer-undefined` (default: warning): fires when `retroactive: true` without `buffer_retention`." }, "sample-rate-ignored": { "$ref": "#/definitions/severity", "description": "`sample-rate-ignored` (default: warning): fires when `sample_rate` with a mode other than `sampled`." }, "not-party-to-call": { "$ref": "#/definitions/severity", "description": "`not-party-to-call` (default: error): fires when `party_to_call: false`, or `direction: internal` (calls between staff, recorded by the employer); in both cases unless `on_behalf_of_participant: true`." }, "employees-not-informed": { "$ref": "#/definitions/severity", "description": "`employees-not-informed` (default: warning): fires when `employees_informed` is not `true`." }, "works-council-approval": { "$ref": "#/definitions/severity", "description": "`works-council-approval` (default: info (NL only)): fires when recordings used for `employee-evaluation`, `speech-analytics` or `emotion-recognition`." }, "access-undefined": { "$ref": "#/definitions/severity", "description": "`access-undefined` (default: warning): fires when no `access.roles`." }, "access-unrestricted": { "$ref": "#/definitions/severity", "description": "`access-unrestricted` (default: error): fires when `access.roles` holds `everyone`, `all`, `*` or `public`." }, "processor-agreement-missing": { "$ref": "#/definitions/severity", "description": "`processor-agreement-missing` (default: warning): fires when a processor without `agreement`." }, "subject-access-undefined": { "$ref": "#/definitions/severity", "description": "`subject-access-undefined` (default: warning): fires when no `subject_rights.access`." }, "transcripts-excluded-from-access": { "$ref": "#/definitions/severity", "description": "`transcripts-excluded-from-access` (default: warning): fires when transcripts are made but `subject_rights.access.includes` leaves them out." }, "suppression-without-reason": { "$ref": "#/definitions/severity", "description": "`suppression-without-reason` (default: hint): a `reclint-disable-next-line` comment gives no reason after ` -- `." }, "unused-suppression": { "$ref": "#/definitions/severity", "description": "`unused-suppression` (default: hint): a `reclint-disable-next-line` comment silences nothing." }, "internal-error": { "$ref": "#/definitions/severity", "description": "`internal-error` (default: error): a rule failed on a file; the other rules still ran." } }, "additionalProperties": false }, "phrases": { "type": "object", "description": "Extra phrases that announce a purpose in a notice, per language and purpose id: `nl: { staff-training: [coachingdoeleinden] }`.", "patternProperties": { "^[a-z]{2,3}$": { "type": "object", "description": "Extra phrases in this language (ISO 639 code), keyed by purpose id.", "patternProperties": { "^[a-z0-9]+(-[a-z0-9]+)*$": { "type": "array", "description": "Phrases that name this purpose, matched case-insensitively in notices.", "items": { "type": "string", "minLength": 1, "description": "A phrase." } } }, "additionalProperties": false } }, "additionalProperties": false }, "files": { "type": "array", "description": "Glob patterns of the files to lint, relative to this file (default: every policy and script).", "items": { "type": "string", "minLength": 1, "description": "A glob pattern, e.g. `policies/**`." } }, "ignores": { "type": "array", "description": "Glob patterns of files to skip, relative to this file.", "items": { "type": "string", "minLength": 1, "description": "A glob pattern, e.g. `archive/**`." } }, "max_findings_per_file": { "type": "integer", "minimum": 1, "description": "The findings of one file listed at most (default 1000); the rest are counted in one `too-many-findings` finding." }, "overrides": { "type": "array", "description": "Settings for some files only: each entry's `files` globs are read from the folder of the `.reclintrc.yaml` they apply in (for a config that is extended, the folder of the one that extends it), and a matching entry wins over the settings above it (later entries win over earlier).", "items": { "type": "object", "required": ["files"], "properties": { "files": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 }, "description": "Glob patterns of the files this entry is for, relative to this file." }, "rules": { "$ref": "#/properties/rules" }, "jurisdiction": { "$ref": "#/properties/jurisdiction" }, "phrases": { "$ref": "#/properties/phrases" } }, "additionalProperties": false } } }, "additionalProperties": false, "definitions": { "severity": { "type": "string", "enum": ["off", "hint", "info", "warning", "error"], "description": "A rule severity: `off`, `hint`, `info`, `warning` or `error`." } } };
    var schema12 = { "type": "string", "enum": ["off", "hint", "info", "warning", "error"], "description": "A rule severity: `off`, `hint`, `info`, `warning` or `error`." };
    var func2 = Object.prototype.hasOwnProperty;
    var func3 = require_ucs2length().default;
    var pattern0 = new RegExp("^[A-Z]{2}$", "u");
    var pattern1 = new RegExp("^[a-z]{2,3}$", "u");
    var pattern3 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
    var schema62 = { "type": "object", "description": "Rule severities by rule id: `off`, `hint`, `info`, `warning` or `error`.", "properties": { "yaml-syntax": { "$ref": "#/definitions/severity", "description": "`yaml-syntax` (default: error): fires when the YAML/JSON does not parse (also duplicate keys, alias bombs)." }, "schema": { "$ref": "#/definitions/severity", "description": "`schema` (default: error): fires when the document breaks the JSON Schema; one finding per real problem, at the offending node, in plain words." }, "unknown-legal-basis": { "$ref": "#/definitions/severity", "description": "`unknown-legal-basis` (default: error): fires when `legal_basis` is not a canonical value." }, "unknown-purpose": { "$ref": "#/definitions/severity", "description": "`unknown-purpose` (default: error): fires when a purpose id is neither built in nor under `custom_purposes`." }, "invalid-duration": { "$ref": "#/definitions/severity", "description": "`invalid-duration` (default: error): fires when `max`, `buffer_retention` is not ISO 8601." }, "script-not-found": { "$ref": "#/definitions/severity", "description": "`script-not-found` (default: error): fires when `announcement.script` points to no file." }, "prompt-not-found": { "$ref": "#/definitions/severity", "description": "`prompt-not-found` (default: error): fires when `announcement.prompt` is not a prompt id in the script." }, "placeholder-value": { "$ref": "#/definitions/severity", "description": "`placeholder-value` (default: info): a value still reads `TODO` (as written by a fix, `reclint init` or a snippet)." }, "too-many-findings": { "$ref": "#/definitions/severity", "description": "`too-many-findings` (default: the severity of the worst finding it stands for): a file has more findings than `max_findings_per_file`." }, "script-not-named": { "$ref": "#/definitions/severity", "description": "`script-not-named` (default: info): a script given on the command line (or opened in the editor) that no policy of the project names." }, "ivr-syntax": { "$ref": "#/definitions/severity", "description": "`ivr-syntax` (default: error): fires when a line of a script does not parse." }, "legal-basis-missing": { "$ref": "#/definitions/severity", "description": "`legal-basis-missing` (default: error): fires when a declared purpose has no `legal_basis`." }, "balancing-test-missing": { "$ref": "#/definitions/severity", "description": "`balancing-test-missing` (default: warning): fires when `legitimate-interests` without `balancing_test`." }, "consent-not-active": { "$ref": "#/definitions/severity", "description": "`consent-not-active` (default: error): fires when `consent` with `mechanism: implied` or none; or `mechanism: ivr-keypress` while the announcement is a script that has no `consent` step (verbal and written consent are not looked for in the script)." }, "basis-not-necessary-for-contract": { "$ref": "#/definitions/severity", "description": "`basis-not-necessary-for-contract` (default: warning): fires when `contract` for `staff-training`, `employee-evaluation`, `marketing`, `ai-training`, `speech-analytics`, `emotion-recognition`, `publication`." }, "training-needs-consent": { "$ref": "#/definitions/severity", "description": "`training-needs-consent` (default: warning (error in DK)): fires when `staff-training` on any basis but `consent`." }, "legal-obligation-unreferenced": { "$ref": "#/definitions/severity", "description": "`legal-obligation-unreferenced` (default: warning): fires when `legal-obligation` without `law`." }, "special-category-without-condition": { "$ref": "#/definitions/severity", "description": "`special-category-without-condition` (default: error): fires when `data` holds a special category and no `art9_condition`." }, "personal-use-by-organisation": { "$ref": "#/definitions/severity", "description": "`personal-use-by-organisation` (default: error): fires when a policy declares `personal-use`." }, "publication-without-consent": { "$ref": "#/definitions/severity", "description": "`publication-without-consent` (default: error): fires when `publication` on any basis but `consent`." }, "emotion-recognition-workplace": { "$ref": "#/definitions/severity", "description": "`emotion-recognition-workplace` (default: error on `direction: internal`; warning on inbound/outbound calls): fires when `emotion-recognition` is declared or used: inferring staff emotions at work is prohibited; on customer calls the agent's side must be excluded and the caller's is high-risk (Annex III)." }, "announcement-missing": { "$ref": "#/definitions/severity", "description": "`announcement-missing` (default: error): fires when a recording with mode other than `none` has no announcement (inbound and outbound alike)." }, "announcement-website-only": { "$ref": "#/definitions/severity", "description": "`announcement-website-only` (default: error): fires when the announcement is only a `privacy_statement` link." }, "announcement-no-recording-mention": { "$ref": "#/definitions/severity", "description": "`announcement-no-recording-mention` (default: error): fires when the notice prompt never says the call is recorded." }, "announcement-denies-recording": { "$ref": "#/definitions/severity", "description": "`announcement-denies-recording` (default: error): fires when the notice says the call is not recorded, yet it is." }, "announcement-after-recording": { "$ref": "#/definitions/severity", "description": "`announcement-after-recording` (default: error): fires when a caller can reach `record start` before hearing the notice; in the `.ivr`, at that `record start`, the path in related information." }, "purpose-not-announced": { "$ref": "#/definitions/severity", "description": "`purpose-not-announced` (default: error; warning when related to an announced purpose): fires when a purpose that a recording declares or uses (`uses[].purpose`, `processors[].purpose`) is not announced in that recording's notice; one finding per recording and purpose, at the declared `purpose` value, or at the first use when it is not declared." }, "use-undeclared-purpose": { "$ref": "#/definitions/severity", "description": "`use-undeclared-purpose` (default: error): fires when a use names a purpose that the recording does not declare." }, "announced-purpose-undeclared": { "$ref": "#/definitions/severity", "description": "`announced-purpose-undeclared` (default: warning): fires when the notice of a recording names a purpose that this recording does not declare; at the words in the notice." }, "vague-purpose": { "$ref": "#/definitions/severity", "description": "`vague-purpose` (default: warning): fires when the notice uses a vague phrase (quality/service/internal/administrative purposes), even beside specific ones; at the vague words." }, "announcement-language-missing": { "$ref": "#/definitions/severity", "description": "`announcement-language-missing` (default: warning): fires when a language in `languages` has no notice in the script; at that language in `languages`." }, "purpose-unused": { "$ref": "#/definitions/severity", "description": "`purpose-unused` (default: hint): fires when a declared purpose has no use (when `uses` is given)." }, "retention-missing": { "$ref": "#/definitions/severity", "description": "`retention-missing` (default: error): fires when a declared purpose has no `retention`." }, "retention-trigger-undefined": { "$ref": "#/definitions/severity", "description": "`retention-trigger-undefined` (default: error): fires when `until` names no trigger under `triggers`." }, "retention-indefinite": { "$ref": "#/definitions/severity", "description": "`retention-indefinite` (default: error): fires when `retention:` or its `max:` is `indefinite` / `forever` / `unlimited`." }, "retention-no-backstop": { "$ref": "#/definitions/severity", "description": "`retention-no-backstop` (default: info): fires when `until` names a declared trigger, without `max`, and the trigger has no `max`." }, "trigger-unused": { "$ref": "#/definitions/severity", "description": "`trigger-unused` (default: hint): fires when a trigger nobody uses." }, "retroactive-buffer-undefined": { "$ref": "#/definitions/severity", "description": "`retroactive-buffer-undefined` (default: warning): fires when `retroactive: true` without `buffer_retention`." }, "sample-rate-ignored": { "$ref": "#/definitions/severity", "description": "`sample-rate-ignored` (default: warning): fires when `sample_rate` with a mode other than `sampled`." }, "not-party-to-call": { "$ref": "#/definitions/severity", "description": "`not-party-to-call` (default: error): fires when `party_to_call: false`, or `direction: internal` (calls between staff, recorded by the employer); in both cases unless `on_behalf_of_participant: true`." }, "employees-not-informed": { "$ref": "#/definitions/severity", "description": "`employees-not-informed` (default: warning): fires when `employees_informed` is not `true`." }, "works-council-approval": { "$ref": "#/definitions/severity", "description": "`works-council-approval` (default: info (NL only)): fires when recordings used for `employee-evaluation`, `speech-analytics` or `emotion-recognition`." }, "access-undefined": { "$ref": "#/definitions/severity", "description": "`access-undefined` (default: warning): fires when no `access.roles`." }, "access-unrestricted": { "$ref": "#/definitions/severity", "description": "`access-unrestricted` (default: error): fires when `access.roles` holds `everyone`, `all`, `*` or `public`." }, "processor-agreement-missing": { "$ref": "#/definitions/severity", "description": "`processor-agreement-missing` (default: warning): fires when a processor without `agreement`." }, "subject-access-undefined": { "$ref": "#/definitions/severity", "description": "`subject-access-undefined` (default: warning): fires when no `subject_rights.access`." }, "transcripts-excluded-from-access": { "$ref": "#/definitions/severity", "description": "`transcripts-excluded-from-access` (default: warning): fires when transcripts are made but `subject_rights.access.includes` leaves them out." }, "suppression-without-reason": { "$ref": "#/definitions/severity", "description": "`suppression-without-reason` (default: hint): a `reclint-disable-next-line` comment gives no reason after ` -- `." }, "unused-suppression": { "$ref": "#/definitions/severity", "description": "`unused-suppression` (default: hint): a `reclint-disable-next-line` comment silences nothing." }, "internal-error": { "$ref": "#/definitions/severity", "description": "`internal-error` (default: error): a rule failed on a file; the other rules still ran." } }, "additionalProperties": false };
    function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
          if (!func2.call(schema62.properties, key0)) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        if (data["yaml-syntax"] !== void 0) {
          let data0 = data["yaml-syntax"];
          if (typeof data0 !== "string") {
            const err1 = { instancePath: instancePath + "/yaml-syntax", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          if (!(data0 === "off" || data0 === "hint" || data0 === "info" || data0 === "warning" || data0 === "error")) {
            const err2 = { instancePath: instancePath + "/yaml-syntax", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data.schema !== void 0) {
          let data1 = data.schema;
          if (typeof data1 !== "string") {
            const err3 = { instancePath: instancePath + "/schema", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          if (!(data1 === "off" || data1 === "hint" || data1 === "info" || data1 === "warning" || data1 === "error")) {
            const err4 = { instancePath: instancePath + "/schema", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data["unknown-legal-basis"] !== void 0) {
          let data2 = data["unknown-legal-basis"];
          if (typeof data2 !== "string") {
            const err5 = { instancePath: instancePath + "/unknown-legal-basis", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          if (!(data2 === "off" || data2 === "hint" || data2 === "info" || data2 === "warning" || data2 === "error")) {
            const err6 = { instancePath: instancePath + "/unknown-legal-basis", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data["unknown-purpose"] !== void 0) {
          let data3 = data["unknown-purpose"];
          if (typeof data3 !== "string") {
            const err7 = { instancePath: instancePath + "/unknown-purpose", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (!(data3 === "off" || data3 === "hint" || data3 === "info" || data3 === "warning" || data3 === "error")) {
            const err8 = { instancePath: instancePath + "/unknown-purpose", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data["invalid-duration"] !== void 0) {
          let data4 = data["invalid-duration"];
          if (typeof data4 !== "string") {
            const err9 = { instancePath: instancePath + "/invalid-duration", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (!(data4 === "off" || data4 === "hint" || data4 === "info" || data4 === "warning" || data4 === "error")) {
            const err10 = { instancePath: instancePath + "/invalid-duration", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data["script-not-found"] !== void 0) {
          let data5 = data["script-not-found"];
          if (typeof data5 !== "string") {
            const err11 = { instancePath: instancePath + "/script-not-found", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          if (!(data5 === "off" || data5 === "hint" || data5 === "info" || data5 === "warning" || data5 === "error")) {
            const err12 = { instancePath: instancePath + "/script-not-found", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data["prompt-not-found"] !== void 0) {
          let data6 = data["prompt-not-found"];
          if (typeof data6 !== "string") {
            const err13 = { instancePath: instancePath + "/prompt-not-found", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          if (!(data6 === "off" || data6 === "hint" || data6 === "info" || data6 === "warning" || data6 === "error")) {
            const err14 = { instancePath: instancePath + "/prompt-not-found", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data["placeholder-value"] !== void 0) {
          let data7 = data["placeholder-value"];
          if (typeof data7 !== "string") {
            const err15 = { instancePath: instancePath + "/placeholder-value", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          if (!(data7 === "off" || data7 === "hint" || data7 === "info" || data7 === "warning" || data7 === "error")) {
            const err16 = { instancePath: instancePath + "/placeholder-value", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data["too-many-findings"] !== void 0) {
          let data8 = data["too-many-findings"];
          if (typeof data8 !== "string") {
            const err17 = { instancePath: instancePath + "/too-many-findings", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          if (!(data8 === "off" || data8 === "hint" || data8 === "info" || data8 === "warning" || data8 === "error")) {
            const err18 = { instancePath: instancePath + "/too-many-findings", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data["script-not-named"] !== void 0) {
          let data9 = data["script-not-named"];
          if (typeof data9 !== "string") {
            const err19 = { instancePath: instancePath + "/script-not-named", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (!(data9 === "off" || data9 === "hint" || data9 === "info" || data9 === "warning" || data9 === "error")) {
            const err20 = { instancePath: instancePath + "/script-not-named", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data["ivr-syntax"] !== void 0) {
          let data10 = data["ivr-syntax"];
          if (typeof data10 !== "string") {
            const err21 = { instancePath: instancePath + "/ivr-syntax", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          if (!(data10 === "off" || data10 === "hint" || data10 === "info" || data10 === "warning" || data10 === "error")) {
            const err22 = { instancePath: instancePath + "/ivr-syntax", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data["legal-basis-missing"] !== void 0) {
          let data11 = data["legal-basis-missing"];
          if (typeof data11 !== "string") {
            const err23 = { instancePath: instancePath + "/legal-basis-missing", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          if (!(data11 === "off" || data11 === "hint" || data11 === "info" || data11 === "warning" || data11 === "error")) {
            const err24 = { instancePath: instancePath + "/legal-basis-missing", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data["balancing-test-missing"] !== void 0) {
          let data12 = data["balancing-test-missing"];
          if (typeof data12 !== "string") {
            const err25 = { instancePath: instancePath + "/balancing-test-missing", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          if (!(data12 === "off" || data12 === "hint" || data12 === "info" || data12 === "warning" || data12 === "error")) {
            const err26 = { instancePath: instancePath + "/balancing-test-missing", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data["consent-not-active"] !== void 0) {
          let data13 = data["consent-not-active"];
          if (typeof data13 !== "string") {
            const err27 = { instancePath: instancePath + "/consent-not-active", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          if (!(data13 === "off" || data13 === "hint" || data13 === "info" || data13 === "warning" || data13 === "error")) {
            const err28 = { instancePath: instancePath + "/consent-not-active", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data["basis-not-necessary-for-contract"] !== void 0) {
          let data14 = data["basis-not-necessary-for-contract"];
          if (typeof data14 !== "string") {
            const err29 = { instancePath: instancePath + "/basis-not-necessary-for-contract", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
          if (!(data14 === "off" || data14 === "hint" || data14 === "info" || data14 === "warning" || data14 === "error")) {
            const err30 = { instancePath: instancePath + "/basis-not-necessary-for-contract", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data["training-needs-consent"] !== void 0) {
          let data15 = data["training-needs-consent"];
          if (typeof data15 !== "string") {
            const err31 = { instancePath: instancePath + "/training-needs-consent", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          if (!(data15 === "off" || data15 === "hint" || data15 === "info" || data15 === "warning" || data15 === "error")) {
            const err32 = { instancePath: instancePath + "/training-needs-consent", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data["legal-obligation-unreferenced"] !== void 0) {
          let data16 = data["legal-obligation-unreferenced"];
          if (typeof data16 !== "string") {
            const err33 = { instancePath: instancePath + "/legal-obligation-unreferenced", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          if (!(data16 === "off" || data16 === "hint" || data16 === "info" || data16 === "warning" || data16 === "error")) {
            const err34 = { instancePath: instancePath + "/legal-obligation-unreferenced", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data["special-category-without-condition"] !== void 0) {
          let data17 = data["special-category-without-condition"];
          if (typeof data17 !== "string") {
            const err35 = { instancePath: instancePath + "/special-category-without-condition", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          if (!(data17 === "off" || data17 === "hint" || data17 === "info" || data17 === "warning" || data17 === "error")) {
            const err36 = { instancePath: instancePath + "/special-category-without-condition", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data["personal-use-by-organisation"] !== void 0) {
          let data18 = data["personal-use-by-organisation"];
          if (typeof data18 !== "string") {
            const err37 = { instancePath: instancePath + "/personal-use-by-organisation", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          if (!(data18 === "off" || data18 === "hint" || data18 === "info" || data18 === "warning" || data18 === "error")) {
            const err38 = { instancePath: instancePath + "/personal-use-by-organisation", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data["publication-without-consent"] !== void 0) {
          let data19 = data["publication-without-consent"];
          if (typeof data19 !== "string") {
            const err39 = { instancePath: instancePath + "/publication-without-consent", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          if (!(data19 === "off" || data19 === "hint" || data19 === "info" || data19 === "warning" || data19 === "error")) {
            const err40 = { instancePath: instancePath + "/publication-without-consent", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data["emotion-recognition-workplace"] !== void 0) {
          let data20 = data["emotion-recognition-workplace"];
          if (typeof data20 !== "string") {
            const err41 = { instancePath: instancePath + "/emotion-recognition-workplace", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
          if (!(data20 === "off" || data20 === "hint" || data20 === "info" || data20 === "warning" || data20 === "error")) {
            const err42 = { instancePath: instancePath + "/emotion-recognition-workplace", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data["announcement-missing"] !== void 0) {
          let data21 = data["announcement-missing"];
          if (typeof data21 !== "string") {
            const err43 = { instancePath: instancePath + "/announcement-missing", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
          if (!(data21 === "off" || data21 === "hint" || data21 === "info" || data21 === "warning" || data21 === "error")) {
            const err44 = { instancePath: instancePath + "/announcement-missing", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data["announcement-website-only"] !== void 0) {
          let data22 = data["announcement-website-only"];
          if (typeof data22 !== "string") {
            const err45 = { instancePath: instancePath + "/announcement-website-only", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          if (!(data22 === "off" || data22 === "hint" || data22 === "info" || data22 === "warning" || data22 === "error")) {
            const err46 = { instancePath: instancePath + "/announcement-website-only", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data["announcement-no-recording-mention"] !== void 0) {
          let data23 = data["announcement-no-recording-mention"];
          if (typeof data23 !== "string") {
            const err47 = { instancePath: instancePath + "/announcement-no-recording-mention", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
          if (!(data23 === "off" || data23 === "hint" || data23 === "info" || data23 === "warning" || data23 === "error")) {
            const err48 = { instancePath: instancePath + "/announcement-no-recording-mention", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data["announcement-denies-recording"] !== void 0) {
          let data24 = data["announcement-denies-recording"];
          if (typeof data24 !== "string") {
            const err49 = { instancePath: instancePath + "/announcement-denies-recording", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
          if (!(data24 === "off" || data24 === "hint" || data24 === "info" || data24 === "warning" || data24 === "error")) {
            const err50 = { instancePath: instancePath + "/announcement-denies-recording", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data["announcement-after-recording"] !== void 0) {
          let data25 = data["announcement-after-recording"];
          if (typeof data25 !== "string") {
            const err51 = { instancePath: instancePath + "/announcement-after-recording", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
          if (!(data25 === "off" || data25 === "hint" || data25 === "info" || data25 === "warning" || data25 === "error")) {
            const err52 = { instancePath: instancePath + "/announcement-after-recording", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data["purpose-not-announced"] !== void 0) {
          let data26 = data["purpose-not-announced"];
          if (typeof data26 !== "string") {
            const err53 = { instancePath: instancePath + "/purpose-not-announced", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
          if (!(data26 === "off" || data26 === "hint" || data26 === "info" || data26 === "warning" || data26 === "error")) {
            const err54 = { instancePath: instancePath + "/purpose-not-announced", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data["use-undeclared-purpose"] !== void 0) {
          let data27 = data["use-undeclared-purpose"];
          if (typeof data27 !== "string") {
            const err55 = { instancePath: instancePath + "/use-undeclared-purpose", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
          if (!(data27 === "off" || data27 === "hint" || data27 === "info" || data27 === "warning" || data27 === "error")) {
            const err56 = { instancePath: instancePath + "/use-undeclared-purpose", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data["announced-purpose-undeclared"] !== void 0) {
          let data28 = data["announced-purpose-undeclared"];
          if (typeof data28 !== "string") {
            const err57 = { instancePath: instancePath + "/announced-purpose-undeclared", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
          if (!(data28 === "off" || data28 === "hint" || data28 === "info" || data28 === "warning" || data28 === "error")) {
            const err58 = { instancePath: instancePath + "/announced-purpose-undeclared", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data["vague-purpose"] !== void 0) {
          let data29 = data["vague-purpose"];
          if (typeof data29 !== "string") {
            const err59 = { instancePath: instancePath + "/vague-purpose", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
          if (!(data29 === "off" || data29 === "hint" || data29 === "info" || data29 === "warning" || data29 === "error")) {
            const err60 = { instancePath: instancePath + "/vague-purpose", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data["announcement-language-missing"] !== void 0) {
          let data30 = data["announcement-language-missing"];
          if (typeof data30 !== "string") {
            const err61 = { instancePath: instancePath + "/announcement-language-missing", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
          if (!(data30 === "off" || data30 === "hint" || data30 === "info" || data30 === "warning" || data30 === "error")) {
            const err62 = { instancePath: instancePath + "/announcement-language-missing", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data["purpose-unused"] !== void 0) {
          let data31 = data["purpose-unused"];
          if (typeof data31 !== "string") {
            const err63 = { instancePath: instancePath + "/purpose-unused", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
          if (!(data31 === "off" || data31 === "hint" || data31 === "info" || data31 === "warning" || data31 === "error")) {
            const err64 = { instancePath: instancePath + "/purpose-unused", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data["retention-missing"] !== void 0) {
          let data32 = data["retention-missing"];
          if (typeof data32 !== "string") {
            const err65 = { instancePath: instancePath + "/retention-missing", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
          if (!(data32 === "off" || data32 === "hint" || data32 === "info" || data32 === "warning" || data32 === "error")) {
            const err66 = { instancePath: instancePath + "/retention-missing", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data["retention-trigger-undefined"] !== void 0) {
          let data33 = data["retention-trigger-undefined"];
          if (typeof data33 !== "string") {
            const err67 = { instancePath: instancePath + "/retention-trigger-undefined", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
          if (!(data33 === "off" || data33 === "hint" || data33 === "info" || data33 === "warning" || data33 === "error")) {
            const err68 = { instancePath: instancePath + "/retention-trigger-undefined", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data["retention-indefinite"] !== void 0) {
          let data34 = data["retention-indefinite"];
          if (typeof data34 !== "string") {
            const err69 = { instancePath: instancePath + "/retention-indefinite", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
          if (!(data34 === "off" || data34 === "hint" || data34 === "info" || data34 === "warning" || data34 === "error")) {
            const err70 = { instancePath: instancePath + "/retention-indefinite", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data["retention-no-backstop"] !== void 0) {
          let data35 = data["retention-no-backstop"];
          if (typeof data35 !== "string") {
            const err71 = { instancePath: instancePath + "/retention-no-backstop", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
          if (!(data35 === "off" || data35 === "hint" || data35 === "info" || data35 === "warning" || data35 === "error")) {
            const err72 = { instancePath: instancePath + "/retention-no-backstop", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data["trigger-unused"] !== void 0) {
          let data36 = data["trigger-unused"];
          if (typeof data36 !== "string") {
            const err73 = { instancePath: instancePath + "/trigger-unused", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
          if (!(data36 === "off" || data36 === "hint" || data36 === "info" || data36 === "warning" || data36 === "error")) {
            const err74 = { instancePath: instancePath + "/trigger-unused", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        if (data["retroactive-buffer-undefined"] !== void 0) {
          let data37 = data["retroactive-buffer-undefined"];
          if (typeof data37 !== "string") {
            const err75 = { instancePath: instancePath + "/retroactive-buffer-undefined", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
          if (!(data37 === "off" || data37 === "hint" || data37 === "info" || data37 === "warning" || data37 === "error")) {
            const err76 = { instancePath: instancePath + "/retroactive-buffer-undefined", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data["sample-rate-ignored"] !== void 0) {
          let data38 = data["sample-rate-ignored"];
          if (typeof data38 !== "string") {
            const err77 = { instancePath: instancePath + "/sample-rate-ignored", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
          if (!(data38 === "off" || data38 === "hint" || data38 === "info" || data38 === "warning" || data38 === "error")) {
            const err78 = { instancePath: instancePath + "/sample-rate-ignored", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data["not-party-to-call"] !== void 0) {
          let data39 = data["not-party-to-call"];
          if (typeof data39 !== "string") {
            const err79 = { instancePath: instancePath + "/not-party-to-call", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
          if (!(data39 === "off" || data39 === "hint" || data39 === "info" || data39 === "warning" || data39 === "error")) {
            const err80 = { instancePath: instancePath + "/not-party-to-call", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data["employees-not-informed"] !== void 0) {
          let data40 = data["employees-not-informed"];
          if (typeof data40 !== "string") {
            const err81 = { instancePath: instancePath + "/employees-not-informed", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
          if (!(data40 === "off" || data40 === "hint" || data40 === "info" || data40 === "warning" || data40 === "error")) {
            const err82 = { instancePath: instancePath + "/employees-not-informed", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
        if (data["works-council-approval"] !== void 0) {
          let data41 = data["works-council-approval"];
          if (typeof data41 !== "string") {
            const err83 = { instancePath: instancePath + "/works-council-approval", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
          if (!(data41 === "off" || data41 === "hint" || data41 === "info" || data41 === "warning" || data41 === "error")) {
            const err84 = { instancePath: instancePath + "/works-council-approval", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
        if (data["access-undefined"] !== void 0) {
          let data42 = data["access-undefined"];
          if (typeof data42 !== "string") {
            const err85 = { instancePath: instancePath + "/access-undefined", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
          if (!(data42 === "off" || data42 === "hint" || data42 === "info" || data42 === "warning" || data42 === "error")) {
            const err86 = { instancePath: instancePath + "/access-undefined", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
        if (data["access-unrestricted"] !== void 0) {
          let data43 = data["access-unrestricted"];
          if (typeof data43 !== "string") {
            const err87 = { instancePath: instancePath + "/access-unrestricted", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
          if (!(data43 === "off" || data43 === "hint" || data43 === "info" || data43 === "warning" || data43 === "error")) {
            const err88 = { instancePath: instancePath + "/access-unrestricted", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
        if (data["processor-agreement-missing"] !== void 0) {
          let data44 = data["processor-agreement-missing"];
          if (typeof data44 !== "string") {
            const err89 = { instancePath: instancePath + "/processor-agreement-missing", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
          if (!(data44 === "off" || data44 === "hint" || data44 === "info" || data44 === "warning" || data44 === "error")) {
            const err90 = { instancePath: instancePath + "/processor-agreement-missing", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
        if (data["subject-access-undefined"] !== void 0) {
          let data45 = data["subject-access-undefined"];
          if (typeof data45 !== "string") {
            const err91 = { instancePath: instancePath + "/subject-access-undefined", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
          if (!(data45 === "off" || data45 === "hint" || data45 === "info" || data45 === "warning" || data45 === "error")) {
            const err92 = { instancePath: instancePath + "/subject-access-undefined", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
        if (data["transcripts-excluded-from-access"] !== void 0) {
          let data46 = data["transcripts-excluded-from-access"];
          if (typeof data46 !== "string") {
            const err93 = { instancePath: instancePath + "/transcripts-excluded-from-access", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
          if (!(data46 === "off" || data46 === "hint" || data46 === "info" || data46 === "warning" || data46 === "error")) {
            const err94 = { instancePath: instancePath + "/transcripts-excluded-from-access", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
        }
        if (data["suppression-without-reason"] !== void 0) {
          let data47 = data["suppression-without-reason"];
          if (typeof data47 !== "string") {
            const err95 = { instancePath: instancePath + "/suppression-without-reason", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
          if (!(data47 === "off" || data47 === "hint" || data47 === "info" || data47 === "warning" || data47 === "error")) {
            const err96 = { instancePath: instancePath + "/suppression-without-reason", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          }
        }
        if (data["unused-suppression"] !== void 0) {
          let data48 = data["unused-suppression"];
          if (typeof data48 !== "string") {
            const err97 = { instancePath: instancePath + "/unused-suppression", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
          if (!(data48 === "off" || data48 === "hint" || data48 === "info" || data48 === "warning" || data48 === "error")) {
            const err98 = { instancePath: instancePath + "/unused-suppression", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
        if (data["internal-error"] !== void 0) {
          let data49 = data["internal-error"];
          if (typeof data49 !== "string") {
            const err99 = { instancePath: instancePath + "/internal-error", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err99];
            } else {
              vErrors.push(err99);
            }
            errors++;
          }
          if (!(data49 === "off" || data49 === "hint" || data49 === "info" || data49 === "warning" || data49 === "error")) {
            const err100 = { instancePath: instancePath + "/internal-error", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
      } else {
        const err101 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err101];
        } else {
          vErrors.push(err101);
        }
        errors++;
      }
      validate11.errors = vErrors;
      return errors === 0;
    }
    function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
          if (!func2.call(schema11.properties, key0)) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        if (data.$schema !== void 0) {
          if (typeof data.$schema !== "string") {
            const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data.root !== void 0) {
          if (typeof data.root !== "boolean") {
            const err2 = { instancePath: instancePath + "/root", schemaPath: "#/properties/root/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data.extends !== void 0) {
          let data2 = data.extends;
          const _errs7 = errors;
          let valid1 = false;
          let passing0 = null;
          const _errs8 = errors;
          if (typeof data2 === "string") {
            if (func3(data2) < 1) {
              const err3 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          var _valid0 = _errs8 === errors;
          if (_valid0) {
            valid1 = true;
            passing0 = 0;
          }
          const _errs10 = errors;
          if (Array.isArray(data2)) {
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data3 = data2[i0];
              if (typeof data3 === "string") {
                if (func3(data3) < 1) {
                  const err5 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
              } else {
                const err6 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
          } else {
            const err7 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          var _valid0 = _errs10 === errors;
          if (_valid0 && valid1) {
            valid1 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid1 = true;
              passing0 = 1;
            }
          }
          if (!valid1) {
            const err8 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          } else {
            errors = _errs7;
            if (vErrors !== null) {
              if (_errs7) {
                vErrors.length = _errs7;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data.jurisdiction !== void 0) {
          let data4 = data.jurisdiction;
          if (typeof data4 === "string") {
            if (!pattern0.test(data4)) {
              const err9 = { instancePath: instancePath + "/jurisdiction", schemaPath: "#/properties/jurisdiction/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}$" }, message: 'must match pattern "^[A-Z]{2}$"' };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/jurisdiction", schemaPath: "#/properties/jurisdiction/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data.rules !== void 0) {
          let data5 = data.rules;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key1 in data5) {
              if (!func2.call(schema11.properties.rules.properties, key1)) {
                const err11 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data5["yaml-syntax"] !== void 0) {
              let data6 = data5["yaml-syntax"];
              if (typeof data6 !== "string") {
                const err12 = { instancePath: instancePath + "/rules/yaml-syntax", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
              if (!(data6 === "off" || data6 === "hint" || data6 === "info" || data6 === "warning" || data6 === "error")) {
                const err13 = { instancePath: instancePath + "/rules/yaml-syntax", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data5.schema !== void 0) {
              let data7 = data5.schema;
              if (typeof data7 !== "string") {
                const err14 = { instancePath: instancePath + "/rules/schema", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
              if (!(data7 === "off" || data7 === "hint" || data7 === "info" || data7 === "warning" || data7 === "error")) {
                const err15 = { instancePath: instancePath + "/rules/schema", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data5["unknown-legal-basis"] !== void 0) {
              let data8 = data5["unknown-legal-basis"];
              if (typeof data8 !== "string") {
                const err16 = { instancePath: instancePath + "/rules/unknown-legal-basis", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
              if (!(data8 === "off" || data8 === "hint" || data8 === "info" || data8 === "warning" || data8 === "error")) {
                const err17 = { instancePath: instancePath + "/rules/unknown-legal-basis", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data5["unknown-purpose"] !== void 0) {
              let data9 = data5["unknown-purpose"];
              if (typeof data9 !== "string") {
                const err18 = { instancePath: instancePath + "/rules/unknown-purpose", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
              if (!(data9 === "off" || data9 === "hint" || data9 === "info" || data9 === "warning" || data9 === "error")) {
                const err19 = { instancePath: instancePath + "/rules/unknown-purpose", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data5["invalid-duration"] !== void 0) {
              let data10 = data5["invalid-duration"];
              if (typeof data10 !== "string") {
                const err20 = { instancePath: instancePath + "/rules/invalid-duration", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
              if (!(data10 === "off" || data10 === "hint" || data10 === "info" || data10 === "warning" || data10 === "error")) {
                const err21 = { instancePath: instancePath + "/rules/invalid-duration", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data5["script-not-found"] !== void 0) {
              let data11 = data5["script-not-found"];
              if (typeof data11 !== "string") {
                const err22 = { instancePath: instancePath + "/rules/script-not-found", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
              if (!(data11 === "off" || data11 === "hint" || data11 === "info" || data11 === "warning" || data11 === "error")) {
                const err23 = { instancePath: instancePath + "/rules/script-not-found", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data5["prompt-not-found"] !== void 0) {
              let data12 = data5["prompt-not-found"];
              if (typeof data12 !== "string") {
                const err24 = { instancePath: instancePath + "/rules/prompt-not-found", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
              if (!(data12 === "off" || data12 === "hint" || data12 === "info" || data12 === "warning" || data12 === "error")) {
                const err25 = { instancePath: instancePath + "/rules/prompt-not-found", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data5["placeholder-value"] !== void 0) {
              let data13 = data5["placeholder-value"];
              if (typeof data13 !== "string") {
                const err26 = { instancePath: instancePath + "/rules/placeholder-value", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              if (!(data13 === "off" || data13 === "hint" || data13 === "info" || data13 === "warning" || data13 === "error")) {
                const err27 = { instancePath: instancePath + "/rules/placeholder-value", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data5["too-many-findings"] !== void 0) {
              let data14 = data5["too-many-findings"];
              if (typeof data14 !== "string") {
                const err28 = { instancePath: instancePath + "/rules/too-many-findings", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
              if (!(data14 === "off" || data14 === "hint" || data14 === "info" || data14 === "warning" || data14 === "error")) {
                const err29 = { instancePath: instancePath + "/rules/too-many-findings", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data5["script-not-named"] !== void 0) {
              let data15 = data5["script-not-named"];
              if (typeof data15 !== "string") {
                const err30 = { instancePath: instancePath + "/rules/script-not-named", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
              if (!(data15 === "off" || data15 === "hint" || data15 === "info" || data15 === "warning" || data15 === "error")) {
                const err31 = { instancePath: instancePath + "/rules/script-not-named", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data5["ivr-syntax"] !== void 0) {
              let data16 = data5["ivr-syntax"];
              if (typeof data16 !== "string") {
                const err32 = { instancePath: instancePath + "/rules/ivr-syntax", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
              if (!(data16 === "off" || data16 === "hint" || data16 === "info" || data16 === "warning" || data16 === "error")) {
                const err33 = { instancePath: instancePath + "/rules/ivr-syntax", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data5["legal-basis-missing"] !== void 0) {
              let data17 = data5["legal-basis-missing"];
              if (typeof data17 !== "string") {
                const err34 = { instancePath: instancePath + "/rules/legal-basis-missing", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
              if (!(data17 === "off" || data17 === "hint" || data17 === "info" || data17 === "warning" || data17 === "error")) {
                const err35 = { instancePath: instancePath + "/rules/legal-basis-missing", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data5["balancing-test-missing"] !== void 0) {
              let data18 = data5["balancing-test-missing"];
              if (typeof data18 !== "string") {
                const err36 = { instancePath: instancePath + "/rules/balancing-test-missing", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
              if (!(data18 === "off" || data18 === "hint" || data18 === "info" || data18 === "warning" || data18 === "error")) {
                const err37 = { instancePath: instancePath + "/rules/balancing-test-missing", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data5["consent-not-active"] !== void 0) {
              let data19 = data5["consent-not-active"];
              if (typeof data19 !== "string") {
                const err38 = { instancePath: instancePath + "/rules/consent-not-active", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
              if (!(data19 === "off" || data19 === "hint" || data19 === "info" || data19 === "warning" || data19 === "error")) {
                const err39 = { instancePath: instancePath + "/rules/consent-not-active", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data5["basis-not-necessary-for-contract"] !== void 0) {
              let data20 = data5["basis-not-necessary-for-contract"];
              if (typeof data20 !== "string") {
                const err40 = { instancePath: instancePath + "/rules/basis-not-necessary-for-contract", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
              if (!(data20 === "off" || data20 === "hint" || data20 === "info" || data20 === "warning" || data20 === "error")) {
                const err41 = { instancePath: instancePath + "/rules/basis-not-necessary-for-contract", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data5["training-needs-consent"] !== void 0) {
              let data21 = data5["training-needs-consent"];
              if (typeof data21 !== "string") {
                const err42 = { instancePath: instancePath + "/rules/training-needs-consent", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
              if (!(data21 === "off" || data21 === "hint" || data21 === "info" || data21 === "warning" || data21 === "error")) {
                const err43 = { instancePath: instancePath + "/rules/training-needs-consent", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data5["legal-obligation-unreferenced"] !== void 0) {
              let data22 = data5["legal-obligation-unreferenced"];
              if (typeof data22 !== "string") {
                const err44 = { instancePath: instancePath + "/rules/legal-obligation-unreferenced", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
              if (!(data22 === "off" || data22 === "hint" || data22 === "info" || data22 === "warning" || data22 === "error")) {
                const err45 = { instancePath: instancePath + "/rules/legal-obligation-unreferenced", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data5["special-category-without-condition"] !== void 0) {
              let data23 = data5["special-category-without-condition"];
              if (typeof data23 !== "string") {
                const err46 = { instancePath: instancePath + "/rules/special-category-without-condition", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
              if (!(data23 === "off" || data23 === "hint" || data23 === "info" || data23 === "warning" || data23 === "error")) {
                const err47 = { instancePath: instancePath + "/rules/special-category-without-condition", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data5["personal-use-by-organisation"] !== void 0) {
              let data24 = data5["personal-use-by-organisation"];
              if (typeof data24 !== "string") {
                const err48 = { instancePath: instancePath + "/rules/personal-use-by-organisation", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
              if (!(data24 === "off" || data24 === "hint" || data24 === "info" || data24 === "warning" || data24 === "error")) {
                const err49 = { instancePath: instancePath + "/rules/personal-use-by-organisation", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data5["publication-without-consent"] !== void 0) {
              let data25 = data5["publication-without-consent"];
              if (typeof data25 !== "string") {
                const err50 = { instancePath: instancePath + "/rules/publication-without-consent", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
              if (!(data25 === "off" || data25 === "hint" || data25 === "info" || data25 === "warning" || data25 === "error")) {
                const err51 = { instancePath: instancePath + "/rules/publication-without-consent", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data5["emotion-recognition-workplace"] !== void 0) {
              let data26 = data5["emotion-recognition-workplace"];
              if (typeof data26 !== "string") {
                const err52 = { instancePath: instancePath + "/rules/emotion-recognition-workplace", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
              if (!(data26 === "off" || data26 === "hint" || data26 === "info" || data26 === "warning" || data26 === "error")) {
                const err53 = { instancePath: instancePath + "/rules/emotion-recognition-workplace", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data5["announcement-missing"] !== void 0) {
              let data27 = data5["announcement-missing"];
              if (typeof data27 !== "string") {
                const err54 = { instancePath: instancePath + "/rules/announcement-missing", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
              if (!(data27 === "off" || data27 === "hint" || data27 === "info" || data27 === "warning" || data27 === "error")) {
                const err55 = { instancePath: instancePath + "/rules/announcement-missing", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data5["announcement-website-only"] !== void 0) {
              let data28 = data5["announcement-website-only"];
              if (typeof data28 !== "string") {
                const err56 = { instancePath: instancePath + "/rules/announcement-website-only", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
              if (!(data28 === "off" || data28 === "hint" || data28 === "info" || data28 === "warning" || data28 === "error")) {
                const err57 = { instancePath: instancePath + "/rules/announcement-website-only", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data5["announcement-no-recording-mention"] !== void 0) {
              let data29 = data5["announcement-no-recording-mention"];
              if (typeof data29 !== "string") {
                const err58 = { instancePath: instancePath + "/rules/announcement-no-recording-mention", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
              if (!(data29 === "off" || data29 === "hint" || data29 === "info" || data29 === "warning" || data29 === "error")) {
                const err59 = { instancePath: instancePath + "/rules/announcement-no-recording-mention", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data5["announcement-denies-recording"] !== void 0) {
              let data30 = data5["announcement-denies-recording"];
              if (typeof data30 !== "string") {
                const err60 = { instancePath: instancePath + "/rules/announcement-denies-recording", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
              if (!(data30 === "off" || data30 === "hint" || data30 === "info" || data30 === "warning" || data30 === "error")) {
                const err61 = { instancePath: instancePath + "/rules/announcement-denies-recording", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data5["announcement-after-recording"] !== void 0) {
              let data31 = data5["announcement-after-recording"];
              if (typeof data31 !== "string") {
                const err62 = { instancePath: instancePath + "/rules/announcement-after-recording", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
              if (!(data31 === "off" || data31 === "hint" || data31 === "info" || data31 === "warning" || data31 === "error")) {
                const err63 = { instancePath: instancePath + "/rules/announcement-after-recording", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data5["purpose-not-announced"] !== void 0) {
              let data32 = data5["purpose-not-announced"];
              if (typeof data32 !== "string") {
                const err64 = { instancePath: instancePath + "/rules/purpose-not-announced", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
              if (!(data32 === "off" || data32 === "hint" || data32 === "info" || data32 === "warning" || data32 === "error")) {
                const err65 = { instancePath: instancePath + "/rules/purpose-not-announced", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data5["use-undeclared-purpose"] !== void 0) {
              let data33 = data5["use-undeclared-purpose"];
              if (typeof data33 !== "string") {
                const err66 = { instancePath: instancePath + "/rules/use-undeclared-purpose", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
              if (!(data33 === "off" || data33 === "hint" || data33 === "info" || data33 === "warning" || data33 === "error")) {
                const err67 = { instancePath: instancePath + "/rules/use-undeclared-purpose", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data5["announced-purpose-undeclared"] !== void 0) {
              let data34 = data5["announced-purpose-undeclared"];
              if (typeof data34 !== "string") {
                const err68 = { instancePath: instancePath + "/rules/announced-purpose-undeclared", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
              if (!(data34 === "off" || data34 === "hint" || data34 === "info" || data34 === "warning" || data34 === "error")) {
                const err69 = { instancePath: instancePath + "/rules/announced-purpose-undeclared", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            if (data5["vague-purpose"] !== void 0) {
              let data35 = data5["vague-purpose"];
              if (typeof data35 !== "string") {
                const err70 = { instancePath: instancePath + "/rules/vague-purpose", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
              if (!(data35 === "off" || data35 === "hint" || data35 === "info" || data35 === "warning" || data35 === "error")) {
                const err71 = { instancePath: instancePath + "/rules/vague-purpose", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data5["announcement-language-missing"] !== void 0) {
              let data36 = data5["announcement-language-missing"];
              if (typeof data36 !== "string") {
                const err72 = { instancePath: instancePath + "/rules/announcement-language-missing", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
              if (!(data36 === "off" || data36 === "hint" || data36 === "info" || data36 === "warning" || data36 === "error")) {
                const err73 = { instancePath: instancePath + "/rules/announcement-language-missing", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data5["purpose-unused"] !== void 0) {
              let data37 = data5["purpose-unused"];
              if (typeof data37 !== "string") {
                const err74 = { instancePath: instancePath + "/rules/purpose-unused", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
              if (!(data37 === "off" || data37 === "hint" || data37 === "info" || data37 === "warning" || data37 === "error")) {
                const err75 = { instancePath: instancePath + "/rules/purpose-unused", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            if (data5["retention-missing"] !== void 0) {
              let data38 = data5["retention-missing"];
              if (typeof data38 !== "string") {
                const err76 = { instancePath: instancePath + "/rules/retention-missing", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
              if (!(data38 === "off" || data38 === "hint" || data38 === "info" || data38 === "warning" || data38 === "error")) {
                const err77 = { instancePath: instancePath + "/rules/retention-missing", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
            if (data5["retention-trigger-undefined"] !== void 0) {
              let data39 = data5["retention-trigger-undefined"];
              if (typeof data39 !== "string") {
                const err78 = { instancePath: instancePath + "/rules/retention-trigger-undefined", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
              if (!(data39 === "off" || data39 === "hint" || data39 === "info" || data39 === "warning" || data39 === "error")) {
                const err79 = { instancePath: instancePath + "/rules/retention-trigger-undefined", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
            if (data5["retention-indefinite"] !== void 0) {
              let data40 = data5["retention-indefinite"];
              if (typeof data40 !== "string") {
                const err80 = { instancePath: instancePath + "/rules/retention-indefinite", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
              if (!(data40 === "off" || data40 === "hint" || data40 === "info" || data40 === "warning" || data40 === "error")) {
                const err81 = { instancePath: instancePath + "/rules/retention-indefinite", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data5["retention-no-backstop"] !== void 0) {
              let data41 = data5["retention-no-backstop"];
              if (typeof data41 !== "string") {
                const err82 = { instancePath: instancePath + "/rules/retention-no-backstop", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
              if (!(data41 === "off" || data41 === "hint" || data41 === "info" || data41 === "warning" || data41 === "error")) {
                const err83 = { instancePath: instancePath + "/rules/retention-no-backstop", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
            if (data5["trigger-unused"] !== void 0) {
              let data42 = data5["trigger-unused"];
              if (typeof data42 !== "string") {
                const err84 = { instancePath: instancePath + "/rules/trigger-unused", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
              if (!(data42 === "off" || data42 === "hint" || data42 === "info" || data42 === "warning" || data42 === "error")) {
                const err85 = { instancePath: instancePath + "/rules/trigger-unused", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
            if (data5["retroactive-buffer-undefined"] !== void 0) {
              let data43 = data5["retroactive-buffer-undefined"];
              if (typeof data43 !== "string") {
                const err86 = { instancePath: instancePath + "/rules/retroactive-buffer-undefined", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
              if (!(data43 === "off" || data43 === "hint" || data43 === "info" || data43 === "warning" || data43 === "error")) {
                const err87 = { instancePath: instancePath + "/rules/retroactive-buffer-undefined", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            if (data5["sample-rate-ignored"] !== void 0) {
              let data44 = data5["sample-rate-ignored"];
              if (typeof data44 !== "string") {
                const err88 = { instancePath: instancePath + "/rules/sample-rate-ignored", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
              if (!(data44 === "off" || data44 === "hint" || data44 === "info" || data44 === "warning" || data44 === "error")) {
                const err89 = { instancePath: instancePath + "/rules/sample-rate-ignored", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
            if (data5["not-party-to-call"] !== void 0) {
              let data45 = data5["not-party-to-call"];
              if (typeof data45 !== "string") {
                const err90 = { instancePath: instancePath + "/rules/not-party-to-call", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
              if (!(data45 === "off" || data45 === "hint" || data45 === "info" || data45 === "warning" || data45 === "error")) {
                const err91 = { instancePath: instancePath + "/rules/not-party-to-call", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
            }
            if (data5["employees-not-informed"] !== void 0) {
              let data46 = data5["employees-not-informed"];
              if (typeof data46 !== "string") {
                const err92 = { instancePath: instancePath + "/rules/employees-not-informed", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
              if (!(data46 === "off" || data46 === "hint" || data46 === "info" || data46 === "warning" || data46 === "error")) {
                const err93 = { instancePath: instancePath + "/rules/employees-not-informed", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
            }
            if (data5["works-council-approval"] !== void 0) {
              let data47 = data5["works-council-approval"];
              if (typeof data47 !== "string") {
                const err94 = { instancePath: instancePath + "/rules/works-council-approval", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
              if (!(data47 === "off" || data47 === "hint" || data47 === "info" || data47 === "warning" || data47 === "error")) {
                const err95 = { instancePath: instancePath + "/rules/works-council-approval", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
            }
            if (data5["access-undefined"] !== void 0) {
              let data48 = data5["access-undefined"];
              if (typeof data48 !== "string") {
                const err96 = { instancePath: instancePath + "/rules/access-undefined", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
              if (!(data48 === "off" || data48 === "hint" || data48 === "info" || data48 === "warning" || data48 === "error")) {
                const err97 = { instancePath: instancePath + "/rules/access-undefined", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
            if (data5["access-unrestricted"] !== void 0) {
              let data49 = data5["access-unrestricted"];
              if (typeof data49 !== "string") {
                const err98 = { instancePath: instancePath + "/rules/access-unrestricted", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
              if (!(data49 === "off" || data49 === "hint" || data49 === "info" || data49 === "warning" || data49 === "error")) {
                const err99 = { instancePath: instancePath + "/rules/access-unrestricted", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
            if (data5["processor-agreement-missing"] !== void 0) {
              let data50 = data5["processor-agreement-missing"];
              if (typeof data50 !== "string") {
                const err100 = { instancePath: instancePath + "/rules/processor-agreement-missing", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
                errors++;
              }
              if (!(data50 === "off" || data50 === "hint" || data50 === "info" || data50 === "warning" || data50 === "error")) {
                const err101 = { instancePath: instancePath + "/rules/processor-agreement-missing", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
            if (data5["subject-access-undefined"] !== void 0) {
              let data51 = data5["subject-access-undefined"];
              if (typeof data51 !== "string") {
                const err102 = { instancePath: instancePath + "/rules/subject-access-undefined", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
              if (!(data51 === "off" || data51 === "hint" || data51 === "info" || data51 === "warning" || data51 === "error")) {
                const err103 = { instancePath: instancePath + "/rules/subject-access-undefined", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
            }
            if (data5["transcripts-excluded-from-access"] !== void 0) {
              let data52 = data5["transcripts-excluded-from-access"];
              if (typeof data52 !== "string") {
                const err104 = { instancePath: instancePath + "/rules/transcripts-excluded-from-access", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
              if (!(data52 === "off" || data52 === "hint" || data52 === "info" || data52 === "warning" || data52 === "error")) {
                const err105 = { instancePath: instancePath + "/rules/transcripts-excluded-from-access", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
            if (data5["suppression-without-reason"] !== void 0) {
              let data53 = data5["suppression-without-reason"];
              if (typeof data53 !== "string") {
                const err106 = { instancePath: instancePath + "/rules/suppression-without-reason", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err106];
                } else {
                  vErrors.push(err106);
                }
                errors++;
              }
              if (!(data53 === "off" || data53 === "hint" || data53 === "info" || data53 === "warning" || data53 === "error")) {
                const err107 = { instancePath: instancePath + "/rules/suppression-without-reason", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
            }
            if (data5["unused-suppression"] !== void 0) {
              let data54 = data5["unused-suppression"];
              if (typeof data54 !== "string") {
                const err108 = { instancePath: instancePath + "/rules/unused-suppression", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err108];
                } else {
                  vErrors.push(err108);
                }
                errors++;
              }
              if (!(data54 === "off" || data54 === "hint" || data54 === "info" || data54 === "warning" || data54 === "error")) {
                const err109 = { instancePath: instancePath + "/rules/unused-suppression", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
            }
            if (data5["internal-error"] !== void 0) {
              let data55 = data5["internal-error"];
              if (typeof data55 !== "string") {
                const err110 = { instancePath: instancePath + "/rules/internal-error", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              }
              if (!(data55 === "off" || data55 === "hint" || data55 === "info" || data55 === "warning" || data55 === "error")) {
                const err111 = { instancePath: instancePath + "/rules/internal-error", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
            }
          } else {
            const err112 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err112];
            } else {
              vErrors.push(err112);
            }
            errors++;
          }
        }
        if (data.phrases !== void 0) {
          let data56 = data.phrases;
          if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
            for (const key2 in data56) {
              if (!pattern1.test(key2)) {
                const err113 = { instancePath: instancePath + "/phrases", schemaPath: "#/properties/phrases/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
            }
            for (const key3 in data56) {
              if (pattern1.test(key3)) {
                let data57 = data56[key3];
                if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                  for (const key4 in data57) {
                    if (!pattern3.test(key4)) {
                      const err114 = { instancePath: instancePath + "/phrases/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/phrases/patternProperties/%5E%5Ba-z%5D%7B2%2C3%7D%24/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err114];
                      } else {
                        vErrors.push(err114);
                      }
                      errors++;
                    }
                  }
                  for (const key5 in data57) {
                    if (pattern3.test(key5)) {
                      let data58 = data57[key5];
                      if (Array.isArray(data58)) {
                        const len1 = data58.length;
                        for (let i1 = 0; i1 < len1; i1++) {
                          let data59 = data58[i1];
                          if (typeof data59 === "string") {
                            if (func3(data59) < 1) {
                              const err115 = { instancePath: instancePath + "/phrases/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/properties/phrases/patternProperties/%5E%5Ba-z%5D%7B2%2C3%7D%24/patternProperties/%5E%5Ba-z0-9%5D%2B(-%5Ba-z0-9%5D%2B)*%24/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                              if (vErrors === null) {
                                vErrors = [err115];
                              } else {
                                vErrors.push(err115);
                              }
                              errors++;
                            }
                          } else {
                            const err116 = { instancePath: instancePath + "/phrases/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/properties/phrases/patternProperties/%5E%5Ba-z%5D%7B2%2C3%7D%24/patternProperties/%5E%5Ba-z0-9%5D%2B(-%5Ba-z0-9%5D%2B)*%24/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err116];
                            } else {
                              vErrors.push(err116);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err117 = { instancePath: instancePath + "/phrases/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/phrases/patternProperties/%5E%5Ba-z%5D%7B2%2C3%7D%24/patternProperties/%5E%5Ba-z0-9%5D%2B(-%5Ba-z0-9%5D%2B)*%24/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err117];
                        } else {
                          vErrors.push(err117);
                        }
                        errors++;
                      }
                    }
                  }
                } else {
                  const err118 = { instancePath: instancePath + "/phrases/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/phrases/patternProperties/%5E%5Ba-z%5D%7B2%2C3%7D%24/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err118];
                  } else {
                    vErrors.push(err118);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err119 = { instancePath: instancePath + "/phrases", schemaPath: "#/properties/phrases/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err119];
            } else {
              vErrors.push(err119);
            }
            errors++;
          }
        }
        if (data.files !== void 0) {
          let data60 = data.files;
          if (Array.isArray(data60)) {
            const len2 = data60.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data61 = data60[i2];
              if (typeof data61 === "string") {
                if (func3(data61) < 1) {
                  const err120 = { instancePath: instancePath + "/files/" + i2, schemaPath: "#/properties/files/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err120];
                  } else {
                    vErrors.push(err120);
                  }
                  errors++;
                }
              } else {
                const err121 = { instancePath: instancePath + "/files/" + i2, schemaPath: "#/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err121];
                } else {
                  vErrors.push(err121);
                }
                errors++;
              }
            }
          } else {
            const err122 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err122];
            } else {
              vErrors.push(err122);
            }
            errors++;
          }
        }
        if (data.ignores !== void 0) {
          let data62 = data.ignores;
          if (Array.isArray(data62)) {
            const len3 = data62.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data63 = data62[i3];
              if (typeof data63 === "string") {
                if (func3(data63) < 1) {
                  const err123 = { instancePath: instancePath + "/ignores/" + i3, schemaPath: "#/properties/ignores/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err123];
                  } else {
                    vErrors.push(err123);
                  }
                  errors++;
                }
              } else {
                const err124 = { instancePath: instancePath + "/ignores/" + i3, schemaPath: "#/properties/ignores/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err124];
                } else {
                  vErrors.push(err124);
                }
                errors++;
              }
            }
          } else {
            const err125 = { instancePath: instancePath + "/ignores", schemaPath: "#/properties/ignores/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err125];
            } else {
              vErrors.push(err125);
            }
            errors++;
          }
        }
        if (data.max_findings_per_file !== void 0) {
          let data64 = data.max_findings_per_file;
          if (!(typeof data64 == "number" && (!(data64 % 1) && !isNaN(data64)))) {
            const err126 = { instancePath: instancePath + "/max_findings_per_file", schemaPath: "#/properties/max_findings_per_file/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err126];
            } else {
              vErrors.push(err126);
            }
            errors++;
          }
          if (typeof data64 == "number") {
            if (data64 < 1 || isNaN(data64)) {
              const err127 = { instancePath: instancePath + "/max_findings_per_file", schemaPath: "#/properties/max_findings_per_file/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err127];
              } else {
                vErrors.push(err127);
              }
              errors++;
            }
          }
        }
        if (data.overrides !== void 0) {
          let data65 = data.overrides;
          if (Array.isArray(data65)) {
            const len4 = data65.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data66 = data65[i4];
              if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
                if (data66.files === void 0) {
                  const err128 = { instancePath: instancePath + "/overrides/" + i4, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
                  if (vErrors === null) {
                    vErrors = [err128];
                  } else {
                    vErrors.push(err128);
                  }
                  errors++;
                }
                for (const key6 in data66) {
                  if (!(key6 === "files" || key6 === "rules" || key6 === "jurisdiction" || key6 === "phrases")) {
                    const err129 = { instancePath: instancePath + "/overrides/" + i4, schemaPath: "#/properties/overrides/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err129];
                    } else {
                      vErrors.push(err129);
                    }
                    errors++;
                  }
                }
                if (data66.files !== void 0) {
                  let data67 = data66.files;
                  if (Array.isArray(data67)) {
                    if (data67.length < 1) {
                      const err130 = { instancePath: instancePath + "/overrides/" + i4 + "/files", schemaPath: "#/properties/overrides/items/properties/files/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err130];
                      } else {
                        vErrors.push(err130);
                      }
                      errors++;
                    }
                    const len5 = data67.length;
                    for (let i5 = 0; i5 < len5; i5++) {
                      let data68 = data67[i5];
                      if (typeof data68 === "string") {
                        if (func3(data68) < 1) {
                          const err131 = { instancePath: instancePath + "/overrides/" + i4 + "/files/" + i5, schemaPath: "#/properties/overrides/items/properties/files/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err131];
                          } else {
                            vErrors.push(err131);
                          }
                          errors++;
                        }
                      } else {
                        const err132 = { instancePath: instancePath + "/overrides/" + i4 + "/files/" + i5, schemaPath: "#/properties/overrides/items/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err132];
                        } else {
                          vErrors.push(err132);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err133 = { instancePath: instancePath + "/overrides/" + i4 + "/files", schemaPath: "#/properties/overrides/items/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err133];
                    } else {
                      vErrors.push(err133);
                    }
                    errors++;
                  }
                }
                if (data66.rules !== void 0) {
                  if (!validate11(data66.rules, { instancePath: instancePath + "/overrides/" + i4 + "/rules", parentData: data66, parentDataProperty: "rules", rootData })) {
                    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                    errors = vErrors.length;
                  }
                }
                if (data66.jurisdiction !== void 0) {
                  let data70 = data66.jurisdiction;
                  if (typeof data70 === "string") {
                    if (!pattern0.test(data70)) {
                      const err134 = { instancePath: instancePath + "/overrides/" + i4 + "/jurisdiction", schemaPath: "#/properties/jurisdiction/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}$" }, message: 'must match pattern "^[A-Z]{2}$"' };
                      if (vErrors === null) {
                        vErrors = [err134];
                      } else {
                        vErrors.push(err134);
                      }
                      errors++;
                    }
                  } else {
                    const err135 = { instancePath: instancePath + "/overrides/" + i4 + "/jurisdiction", schemaPath: "#/properties/jurisdiction/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err135];
                    } else {
                      vErrors.push(err135);
                    }
                    errors++;
                  }
                }
                if (data66.phrases !== void 0) {
                  let data71 = data66.phrases;
                  if (data71 && typeof data71 == "object" && !Array.isArray(data71)) {
                    for (const key7 in data71) {
                      if (!pattern1.test(key7)) {
                        const err136 = { instancePath: instancePath + "/overrides/" + i4 + "/phrases", schemaPath: "#/properties/phrases/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err136];
                        } else {
                          vErrors.push(err136);
                        }
                        errors++;
                      }
                    }
                    for (const key8 in data71) {
                      if (pattern1.test(key8)) {
                        let data72 = data71[key8];
                        if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
                          for (const key9 in data72) {
                            if (!pattern3.test(key9)) {
                              const err137 = { instancePath: instancePath + "/overrides/" + i4 + "/phrases/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/phrases/patternProperties/%5E%5Ba-z%5D%7B2%2C3%7D%24/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                              if (vErrors === null) {
                                vErrors = [err137];
                              } else {
                                vErrors.push(err137);
                              }
                              errors++;
                            }
                          }
                          for (const key10 in data72) {
                            if (pattern3.test(key10)) {
                              let data73 = data72[key10];
                              if (Array.isArray(data73)) {
                                const len6 = data73.length;
                                for (let i6 = 0; i6 < len6; i6++) {
                                  let data74 = data73[i6];
                                  if (typeof data74 === "string") {
                                    if (func3(data74) < 1) {
                                      const err138 = { instancePath: instancePath + "/overrides/" + i4 + "/phrases/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i6, schemaPath: "#/properties/phrases/patternProperties/%5E%5Ba-z%5D%7B2%2C3%7D%24/patternProperties/%5E%5Ba-z0-9%5D%2B(-%5Ba-z0-9%5D%2B)*%24/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                      if (vErrors === null) {
                                        vErrors = [err138];
                                      } else {
                                        vErrors.push(err138);
                                      }
                                      errors++;
                                    }
                                  } else {
                                    const err139 = { instancePath: instancePath + "/overrides/" + i4 + "/phrases/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i6, schemaPath: "#/properties/phrases/patternProperties/%5E%5Ba-z%5D%7B2%2C3%7D%24/patternProperties/%5E%5Ba-z0-9%5D%2B(-%5Ba-z0-9%5D%2B)*%24/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err139];
                                    } else {
                                      vErrors.push(err139);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err140 = { instancePath: instancePath + "/overrides/" + i4 + "/phrases/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/phrases/patternProperties/%5E%5Ba-z%5D%7B2%2C3%7D%24/patternProperties/%5E%5Ba-z0-9%5D%2B(-%5Ba-z0-9%5D%2B)*%24/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err140];
                                } else {
                                  vErrors.push(err140);
                                }
                                errors++;
                              }
                            }
                          }
                        } else {
                          const err141 = { instancePath: instancePath + "/overrides/" + i4 + "/phrases/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/phrases/patternProperties/%5E%5Ba-z%5D%7B2%2C3%7D%24/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                          if (vErrors === null) {
                            vErrors = [err141];
                          } else {
                            vErrors.push(err141);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err142 = { instancePath: instancePath + "/overrides/" + i4 + "/phrases", schemaPath: "#/properties/phrases/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err142];
                    } else {
                      vErrors.push(err142);
                    }
                    errors++;
                  }
                }
              } else {
                const err143 = { instancePath: instancePath + "/overrides/" + i4, schemaPath: "#/properties/overrides/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err143];
                } else {
                  vErrors.push(err143);
                }
                errors++;
              }
            }
          } else {
            const err144 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err144];
            } else {
              vErrors.push(err144);
            }
            errors++;
          }
        }
      } else {
        const err145 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err145];
        } else {
          vErrors.push(err145);
        }
        errors++;
      }
      validate10.errors = vErrors;
      return errors === 0;
    }
  }
});

// action/src/main.ts
var import_node_worker_threads2 = require("node:worker_threads");

// action/src/run.ts
var fs10 = __toESM(require("node:fs"));
var path11 = __toESM(require("node:path"));

// server/src/cli/main.ts
var fs9 = __toESM(require("node:fs"));
var path10 = __toESM(require("node:path"));

// server/src/core/notice/clauses.ts
function isWordIn(toks, i, s) {
  const t = toks[i];
  return t !== void 0 && t.kind === "word" && s.has(t.surface);
}
function findClauses(toks, c) {
  const n = toks.length;
  const sentStart = new Int32Array(n);
  const segStart = new Int32Array(n);
  const segEnd = new Int32Array(n);
  let s = 0;
  let g = 0;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (t.kind === "stop") {
      sentStart[i] = i;
      segStart[i] = i;
      s = i + 1;
      g = i + 1;
      continue;
    }
    if (t.kind === "comma" || isWordIn(toks, i, c.subordinators) || isWordIn(toks, i, c.coordinators)) g = i;
    sentStart[i] = s;
    segStart[i] = g;
  }
  let e = n - 1;
  for (let i = n - 1; i >= 0; i--) {
    segEnd[i] = e;
    if (segStart[i] === i) e = i - 1;
  }
  return { sentStart, segStart, segEnd };
}

// server/src/core/notice/lang/pack-types.ts
function definePack(pack) {
  return pack;
}

// server/src/core/notice/lang/de/lexicon.ts
var STAFF = "mitarbeiter*|*mitarbeiter|*mitarbeitern|mitarbeitende*|*mitarbeitenden|beschaftigte*|personal*|kolleg*|berater*|*berater|agent*|team*|angestellte*|servicekrafte|kundenberater*|fachkrafte";
var AI = "ki|kunstlich*|*modell|*modelle|*modellen|modell*|algorithm*|spracherkennung|chatbot*|*bot|bot|bots|sprachassistent*|sprachassistenz*|maschinell*|neuronal*|sprachmodell*|sprachsystem*|automatisiert*";
var de = {
  recording: [
    "aufgezeichnet",
    "aufzeichnen",
    "aufzeichnet",
    "aufzuzeichnen",
    "zeichne|zeichnet|zeichnen|zeichnete|zeichneten ...12 auf",
    "aufzeichnung*",
    "*aufzeichnung",
    "*aufzeichnungen",
    "mitgeschnitten",
    "mitschneiden",
    "mitschnitt*",
    "*mitschnitt",
    "schneiden|schneidet ...12 mit",
    "gesprachsaufnahme*",
    "tonaufnahme*",
    "tonbandaufnahme*"
  ],
  listening: ["mitgehort", "mithoren", "hort|horen ...5 mit"],
  recordingWeak: ["transkribiert", "transkribieren", "verschriftlicht", "aufgenommen", "aufnehmen", "nehmen|nimmt|nehme ...12 auf", "aufnahme", "aufnahmen", "gespeichert", "speichern", "festgehalten", "archiviert", "dokumentiert", "protokolliert"],
  notRecording: [
    "aufgezeichnet|aufgenommen|aufzeichnung|aufnahme ansage|nachricht|mitteilung|information*|text",
    "bandansage",
    "kontakt ...5 auf|aufnehmen|aufgenommen",
    "aufgenommen|aufnahme ...4 krankenhaus|klinik|*klinik|station|einrichtung|pflegeheim|warteliste|liste|programm|vertrag|bedingungen",
    "krankenhaus|klinik ...4 aufgenommen|aufnahme",
    "aufnahme ..2 ihrer|ihres|der|des ..2 daten|meldung|antrag*|bestellung|anliegen*|schadens*|personalien",
    "in die ..2 warteschleife"
  ],
  callNouns: ["gesprach*", "*gesprach", "*gesprache", "*gesprachen", "telefonat*", "*telefonat", "*telefonate", "anruf*", "*anruf", "telefonie", "unterhaltung", "sie"],
  notCallNouns: [
    "ansage",
    "*ansage",
    "nachricht*",
    "*nachricht",
    "meldung",
    "*meldung",
    "zahlerstand*",
    "*stand",
    "daten",
    "*daten",
    "nummer",
    "*nummer",
    "pin",
    "passwort",
    "adresse",
    "information*",
    "bedingungen",
    "krankenhaus",
    "klinik",
    "beschwerde",
    "anliegen",
    "antrag",
    "bestellung",
    "auftrag",
    "zahlung",
    "termin",
    "wunsch",
    "kontakt",
    "personalien",
    "schaden*",
    "storung",
    "angaben"
  ],
  useContext: ["verwendet", "genutzt", "gespeichert", "geloscht", "weitergegeben", "ausgewertet", "analysiert", "angehort", "pausiert", "gestoppt", "veroffentlicht", "aufbewahrt", "verwenden", "nutzen", "erfolgt", "statt"],
  negations: ["nicht", "nie", "niemals", "kein", "keine", "keinen", "keiner", "keines", "keinem", "nichts", "weder"],
  verbNegations: ["nicht"],
  negationCancellers: ["alle", "immer", "nur", "jede", "jedes", "jeder", "einverstanden", "ausschliesslich", "lediglich", "sicher", "zwingend", "unbedingt"],
  scopeEnders: ["aber", "sondern", "nur", "ausschliesslich", "lediglich", "ausser", "als", "dass", "damit", "weil", "da", "jedoch", "sowie", "doch", "wenn", "falls"],
  conditionals: ["wenn", "falls", "sofern", "ohne", "einverstanden", "mochten", "wunschen", "wollen", "einwilligung", "zustimmung", "widersprechen", "widerspruch", "lieber", "ausser", "es sei denn"],
  introductions: ["hier spricht", "mein name ist", "ich bin", "sie sprechen mit", "am apparat"],
  menuVerbs: ["dr\xFCcken", "dr\xFCcke", "w\xE4hlen", "w\xE4hle", "sagen"],
  menuKeys: ["eins", "zwei", "drei", "vier", "f\xFCnf", "sechs", "sieben", "acht", "neun", "null", "stern", "raute"],
  coordinators: ["und", "oder", "sowie", "bzw", "beziehungsweise", "als auch"],
  clauseSubjects: ["wir", "sie", "ich", "gespr\xE4che", "das gespr\xE4ch", "dieses gespr\xE4ch", "ihr gespr\xE4ch", "alle gespr\xE4che", "aufzeichnungen", "unsere mitarbeiter"],
  subordinators: ["dass", "damit", "weil", "da", "wenn", "falls", "sofern", "um", "und", "oder", "aber", "sondern", "die", "der", "welche", "wobei"],
  fillers: [
    "der",
    "die",
    "das",
    "den",
    "dem",
    "des",
    "ein",
    "eine",
    "einer",
    "eines",
    "einem",
    "einen",
    "zu",
    "zur",
    "zum",
    "von",
    "vom",
    "fur",
    "unsere",
    "unserer",
    "unseres",
    "unser",
    "unseren",
    "unserem",
    "ihre",
    "ihrer",
    "ihres",
    "ihr",
    "ihren",
    "ihrem",
    "im",
    "in",
    "mit",
    "bei",
    "beim",
    "um",
    "wir",
    "sie",
    "etwaige",
    "etwaiger",
    "eventuelle",
    "eventueller",
    "moglicher",
    "mogliche",
    "interner",
    "neue",
    "neuer",
    "neuen",
    "kann",
    "konnen",
    "werden",
    "wird",
    "als",
    "eigenen"
  ],
  purposeHeads: ["zwecke", "zwecken", "zweck", "grunden", "grunde"],
  compoundHeads: ["zwecken", "zwecke", "zweck", "grunden", "grunde", "gesprachen", "gesprache", "gesprach", "sicherung", "management", "bearbeitung", "pravention", "bekampfung", "kontrolle", "verbesserung", "beurteilung", "bewertung", "analyse", "vorgaben", "pflichten"],
  purposes: [
    // A statement that recording is lawful, and a duty to inform, name no purpose (notice-reading.md §3).
    {
      stop: true,
      phrases: [
        "gemass|entsprechend ..4 dsgvo|datenschutz*",
        "im rahmen ..4 dsgvo|datenschutz*",
        "gesetzlich|rechtlich zulassig|erlaubt",
        "gesetzlich verpflichtet ..5 hinzuweisen|informieren|mitzuteilen|unterrichten",
        "verpflichtet ..5 hinzuweisen|informieren|mitzuteilen|unterrichten"
      ]
    },
    { id: "legal-compliance", vague: true, phrases: ["revisionszweck*", "auditzweck*", "prufzweck*", "prufungszweck*", "revision|audit ..2 zweck*|grunden"] },
    { id: "quality-assurance", vague: true, phrases: ["uberwachungszweck*", "monitoringzweck*", "kontrollzweck*", "qualitatszweck*", "qualitatsgrund*", "qualitat zweck*|grunden", "qualitat !der|des|unser*|ihr*|zu|sicherung|*sicherung|*kontrolle"] },
    {
      id: "quality-assurance",
      phrases: [
        "qualitat*",
        "*qualitat",
        "qualitatssicherung*",
        "qualitat der|des|unser*|ihr* ..3 service*|beratung*|*beratung|dienstleistung*|gesprach*|betreuung|arbeit|kundenservice|leistung*|auskunft|auskunfte|antwort*",
        "verbesser*|optimier*|sicher*|uberprufung|uberprufen|kontroll*|sichern|gewahrleist* ...4 service*|*service|beratung*|*beratung|dienstleistung*|kundenservice|kundenbetreuung|betreuung|leistung*|qualitat*|erreichbarkeit|angebot*|servicequalitat",
        "service*|*service|beratung*|dienstleistung*|kundenservice|betreuung|angebot* ...4 verbessern|optimieren|sichern",
        "servicequalitat",
        "kundenzufriedenheit",
        "servicezweck* ..2 verbess*",
        "besser ..3 beraten|betreuen|helfen|service"
      ]
    },
    {
      id: "staff-training",
      phrases: [
        "schulung*",
        "*schulung",
        "*schulungen",
        "schulungszweck*",
        "schulen",
        "training*",
        "*training",
        "trainingszweck*",
        "ausbildung*",
        "*ausbildung",
        "ausbildungszweck*",
        "weiterbildung*",
        "fortbildung*",
        "coaching*",
        "*coaching",
        "einarbeitung*",
        "lernzweck*",
        `${STAFF} ...4 schulen|trainieren|ausbilden|auszubilden|coachen|einzuarbeiten|weiterzubilden|geschult|trainiert`,
        `schulen|trainieren|ausbilden|coachen ..3 ${STAFF}`
      ]
    },
    {
      id: "employee-evaluation",
      phrases: [
        "leistungsbeurteilung*",
        "leistungsbewertung*",
        "leistungskontrolle*",
        "leistungsmessung*",
        "mitarbeiterbeurteilung*",
        "mitarbeiterbewertung*",
        "*beurteilung",
        "beurteilung*",
        "bewertung ..4 mitarbeiter*|leistung*|berater*",
        `leistung* ..4 ${STAFF}|beurteil*|bewert*|uberpruf*`,
        `${STAFF} ...4 beurteilen|bewerten|evaluieren|beurteilung|bewertung`,
        `beurteil*|bewert*|evaluier* ..3 ${STAFF}|leistung*`,
        "evaluierung ..3 mitarbeiter*|leistung*",
        "verhaltenskontrolle",
        "leistungs*"
      ]
    },
    {
      id: "evidence",
      phrases: [
        "nachweis*",
        "*nachweis",
        "beweis*",
        "*beweis",
        "beweiszweck*",
        "nachweiszweck*",
        "nachvollziehbarkeit|nachvollziehen ..3 vereinbarung*|absprache*|auftrag*|auftrage*|vertrag*|zusage*|bestellung*",
        "dokumentation*",
        "dokumentationszweck*",
        "bestatigung ..4 auftrag*|vertrag*|bestellung*|vereinbarung*|vertragsabschluss*|abschluss",
        "bestatig* ..4 auftrag*|vertrag*|bestellung*|vereinbarung*|vertragsabschluss*",
        "streitfall*",
        "streitigkeit*",
        "rechtsstreit*",
        "meinungsverschiedenheit*",
        "missverstandnis*",
        "vertragsabschluss*",
        "vereinbarung* ...4 festzuhalten|festhalten|dokumentieren|belegen",
        "festzuhalten",
        "was ..4 vereinbart|besprochen|gesagt|zugesagt",
        "absicherung ..3 vereinbarung*|auftrag*|beider*",
        "rechtsanspruch*",
        "rechtlicher anspruche",
        "verifizierung*",
        "beleg*"
      ]
    },
    { id: "legal-compliance", phrases: ["dokumentationspflicht*", "aufzeichnungspflicht*", "aufbewahrungspflicht*"] },
    {
      id: "complaint-handling",
      phrases: ["beschwerde*", "*beschwerde", "*beschwerden", "reklamation*", "*reklamation", "beanstandung*", "bearbeitung ..3 beschwerde*|reklamation*"]
    },
    { stop: true, phrases: ["beschwerde ..3 einreichen|einlegen|melden", "beschwerdestelle", "beschwerdeformular"] },
    {
      id: "legal-compliance",
      phrases: [
        "gesetzlich*",
        "gesetz",
        "gesetze",
        "gesetzes",
        "rechtlich* ..3 verpflichtung*|vorgaben|anforderung*|grunden|pflicht*|vorschrift*|bestimmung*",
        "regulatorisch*",
        "aufsichtsrecht*",
        "aufsichtsbehord*",
        "vorschrift*",
        "rechtsvorschrift*",
        "verpflichtung*",
        "mifid*",
        "wphg",
        "wertpapierhandelsgesetz*",
        "compliance*",
        "bafin",
        "finma",
        "regulierung*",
        "rechtsgrundlage",
        "verpflichtet",
        "vorgaben",
        "pflichten"
      ]
    },
    {
      id: "fraud-prevention",
      phrases: ["betrug*", "*betrug", "betrugs*", "missbrauch*", "*missbrauch", "sicherheit", "sicherheitsgrund*", "sicherheitszweck*", "ihrer ..2 sicherheit", "geldwasche*", "identitatsdiebstahl", "identitatsbetrug", "kriminalitat", "straftat*", "schutz vor ..2 betrug*|missbrauch*", "sicherheitsgrunden", "betrugsbekampfung", "betrugspravention"]
    },
    {
      id: "staff-safety",
      phrases: [
        `sicherheit|schutz|schutze|schutzen|wohl ..4 ${STAFF}`,
        `${STAFF} ...4 schutzen|geschutzt|schutz`,
        "bedrohung*",
        "drohung*",
        "beleidigung*",
        "belastigung*",
        "aggression*",
        "aggressiv*",
        "gewalt*",
        "ubergriff*",
        "polizei",
        "strafanzeige*",
        "strafverfolgung*",
        "beschimpfung*"
      ]
    },
    {
      id: "troubleshooting",
      phrases: ["storung*", "*storung", "*storungen", "technisch* ..3 problem*|storung*|fehler*|ursache*|grunden|zwecken|analyse", "fehleranalyse", "fehlerbehebung", "fehlersuche", "fehlerdiagnose", "verbindungsprobleme*", "leitungsqualitat", "sprachqualitat", "verbindungsqualitat"]
    },
    { stop: true, phrases: ["storungsmeldung*", "storungsnummer*", "storungsstelle*", "storungshotline*", "storung ..2 melden"] },
    {
      id: "speech-analytics",
      phrases: [
        "sprachanalyse*",
        "*sprachanalyse",
        "spracherkennung ...6 ausgewertet|auswert*|analys*|durchsucht|stichwort*|schlagwort*",
        "ausgewertet|auswert*|analys*|durchsucht ...6 spracherkennung",
        "sprachanalytik",
        "speech analytics",
        "gesprachsanalyse*",
        "textanalyse*",
        "automatisch* ..3 ausgewertet|analysiert|auswert*|analyse*",
        "ausgewertet|analysiert ..3 automatisch*|software|system*",
        "schlagwort*",
        "schlusselwort*",
        "stichwort*",
        "themenanalyse",
        "auswertung ..3 gesprachsinhalt*|inhalt*|themen"
      ]
    },
    { id: "emotion-recognition", phrases: ["emotion*", "*emotion", "*emotionen", "emotional*", "stimmung*", "*stimmung", "gefuhl*", "sentiment*", "gemutszustand", "gemutslage", "wie ..4 fuhlen|fuhlt"] },
    {
      id: "ai-training",
      phrases: [
        `trainieren|training|trainiert|verbessern|weiterentwickeln|entwickeln|optimieren|anlernen|verbesserung|weiterentwicklung|trainingszweck* ..4 ${AI}`,
        `training|trainieren ...8 ${AI}`,
        `${AI} ...4 trainieren|trainiert|training|verbessern|weiterzuentwickeln|optimieren|lernen|anzulernen`,
        "ki training",
        "ki-training",
        `${AI} ...4 verstehen|versteht|erkennen|erkennt|schlauer|lernen|lernt|angepasst|anpassen`,
        "maschinelles lernen",
        "machine learning"
      ]
    },
    { id: "marketing", phrases: ["marketing*", "*marketing", "werbe*", "werbung", "*werbung", "marktforschung*", "vertriebszweck*", "kommerziell*", "verkaufsforderung", "profilbildung", "profiling"] },
    {
      id: "publication",
      phrases: ["veroffentlich*", "publizier*", "publikation*", "ausgestrahlt", "ausstrahlung", "gesendet ..2 radio|rundfunk", "podcast*", "*podcast", "soziale|sozialen medien", "offentlich ..2 gemacht|zuganglich", "weitergegeben ..3 dritte|offentlichkeit"]
    },
    { id: "personal-use", phrases: ["personlich* ..2 gebrauch|nutzung|zwecke*|verwendung|unterlagen", "eigengebrauch", "eigenen ..2 gebrauch|unterlagen|zwecke*", "privat* ..2 gebrauch|nutzung|zwecke*|verwendung", "privatgebrauch"] },
    { id: "service-provision", vague: true, phrases: ["servicezweck*", "servicegrund*", "service ..2 zwecke*|grunden"] },
    {
      id: "service-provision",
      phrases: [
        "bearbeitung|abwicklung|erledigung|ausfuhrung ..3 anliegen*|auftrag*|anfrage*|bestellung*|antrag*|antrage*|schadensmeldung*|schadens*|vertrag*|wunsch*|ihres|ihrer",
        "anliegen*|auftrag*|anfrage*|bestellung*|antrag* ...4 bearbeiten|abwickeln|abzuwickeln|erledigen|ausfuhren|auszufuhren|umsetzen|umzusetzen",
        "auftragsabwicklung",
        "medizinisch* beurteil*|einschatzung|ersteinschatzung|versorgung|behandlung",
        "unterstutzung ..3 behandlung|versorgung|betreuung",
        "vertragserfullung",
        "erfullung ..3 vertrag*|auftrag*",
        "vertragsdurchfuhrung",
        "auftragsbearbeitung"
      ]
    },
    { vague: true, phrases: ["intern* ..2 zweck*|grunde*|gebrauch|verwendung|nutzung", "verwaltungszweck*", "administrativ* ..2 zweck*|grunde*", "betrieblich* ..2 zweck*|grunde*", "geschaftszweck*", "organisatorisch* ..2 zweck*|grunde*", "sonstige ..2 zweck*"] }
  ],
  canonical: {
    "quality-assurance": "Qualit\xE4tssicherung",
    "staff-training": "Schulungszwecken",
    "employee-evaluation": "Leistungsbeurteilung unserer Mitarbeitenden",
    evidence: "Nachweiszwecken",
    "complaint-handling": "Bearbeitung von Beschwerden",
    "legal-compliance": "Erf\xFCllung gesetzlicher Pflichten",
    "fraud-prevention": "Betrugspr\xE4vention",
    "staff-safety": "Schutz unserer Mitarbeitenden",
    troubleshooting: "Behebung technischer St\xF6rungen",
    "speech-analytics": "Sprachanalyse",
    "emotion-recognition": "Emotionserkennung",
    "ai-training": "Training von KI-Modellen",
    marketing: "Marketingzwecken",
    "service-provision": "Bearbeitung Ihres Anliegens",
    publication: "Ver\xF6ffentlichung",
    "personal-use": "rein pers\xF6nlichen Gebrauch"
  }
};

// server/src/core/notice/lang/de/stem.ts
function stemDe(w) {
  if (w.length <= 4) return w;
  for (const suf of ["en", "em", "er", "es", "e", "n", "s"]) {
    if (w.endsWith(suf) && w.length - suf.length >= 4) return w.slice(0, -suf.length);
  }
  return w;
}

// server/src/core/notice/lang/de/index.ts
var de2 = definePack({
  code: "de",
  name: "German",
  stem: stemDe,
  lexicon: de,
  fixWords: { for: "f\xFCr", and: "und" },
  example: "Dieses Gespr\xE4ch wird aufgezeichnet.",
  // "Zustimmung", "Bestimmung", "Abstimmung", "Übereinstimmung" are no moods; "Umschulung" is no Schulung compound.
  compounds: {
    prefixes: ["be", "ge", "er", "ver", "zer", "ent", "emp", "miss", "ab", "an", "auf", "aus", "bei", "ein", "mit", "nach", "vor", "zu", "zuruck", "uber", "um", "unter", "durch", "wider", "wieder", "hinter", "un", "ur", "dar", "her", "hin", "fort", "weg", "los"]
  },
  legalForms: ["GmbH", "AG", "KG", "OHG", "UG", "e.V.", "eG", "KGaA", "SE"]
});

// server/src/core/notice/lang/en/lexicon.ts
var STAFF2 = "staff|agent*|employee*|colleague*|adviser*|advisor*|team*|handler*|operator*|representative*|rep|reps|personnel|people|member*|worker*|consultant*|officer*|advocate*|associate*|nurse*|clinician*|*staff|trainee*|recruit*|starter*|specialist*|coach*|supervisor*";
var AI_STRICT = "ai|artificial|machine|model*|algorithm*|chatbot*|bot|bots|neural|transcription|llm*|automated|virtual|robot*";
var en = {
  recording: [
    "record",
    "records",
    "recorded",
    "recording",
    "recordings",
    "re-recorded",
    "taped"
  ],
  listening: ["monitored", "monitor|monitoring ..3 calls|call|conversation*|this", "listened ..2 to|in", "listen in", "listening in"],
  recordingWeak: ["transcribed", "transcribe", "transcribes", "kept", "captured", "stored", "retained", "logged", "saved", "keep", "store", "retain", "capture", "tape"],
  notRecording: [
    "recorded|recording message*|announcement*|information|greeting|voice|menu|music|prompt*|options",
    "prerecorded",
    "pre recorded",
    "a|an|the|clear|written|accurate|full|our|your|any|no|proper|formal|permanent|criminal|medical|credit|track|public|for ?our|your =records",
    "a|an|the|clear|written|accurate|full|our|your|any|no|proper|formal|permanent ..2 =record|=records",
    "=record|=records ..2 of ..3 your|the|any|what|our|a|all|this|each|every ..4 order|agreement|instructions|details|conversation|transaction*|plan|payment*|sale|purchase|request|consent|application|complaint|what",
    "on =record",
    "recorded delivery",
    "keep|kept ..2 you|up|safe|informed|waiting|hold",
    "recorded ..3 in our|your|the ..2 system*|account|file|notes"
  ],
  callNouns: ["call", "calls", "phone call*", "conversation*", "telephone call*", "phonecall*", "call-recording*", "you", "line", "lines", "chat*", "interaction*", "enquiry", "enquiries", "discussion*"],
  notCallNouns: [
    "message*",
    "reading*",
    "meter",
    "detail*",
    "number*",
    "card",
    "cards",
    "pin",
    "password*",
    "address*",
    "information",
    "data",
    "order",
    "payment*",
    "preference*",
    "choice*",
    "request",
    "complaint",
    "report",
    "fault",
    "appointment*",
    "booking*",
    "reference",
    "vote*",
    "response*",
    "answer*",
    "feedback",
    "greeting",
    "announcement",
    "balance",
    "transaction*",
    "score*",
    "temperature*",
    "name",
    "date"
  ],
  useContext: [
    "used",
    "use",
    "share",
    "sell",
    "kept",
    "stored",
    "deleted",
    "destroyed",
    "shared",
    "reviewed",
    "listened",
    "paused",
    "pause",
    "stop",
    "stopped",
    "started",
    "start",
    "analysed",
    "analyzed",
    "transcribed",
    "retained",
    "published",
    "passed",
    "access",
    "accessed",
    "erased",
    "held",
    "available",
    "played"
  ],
  negations: ["not", "never", "no", "t", "nor", "neither", "cannot", "nobody", "nothing", "none"],
  negationQuantifiers: ["all", "every"],
  negationCancellers: ["all", "every", "always", "only", "just", "want", "wish", "agree", "consent", "like", "mind", "object", "sure", "certain", "necessarily", "worry", "hesitate"],
  scopeEnders: ["but", "only", "except", "besides", "than", "unless", "however", "instead", "rather", "that", "because", "so", "whereas", "while", "though", "although", "solely", "exclusively"],
  conditionals: ["if", "unless", "without", "prefer", "rather", "wish", "want", "consent", "object", "agree", "opt", "request", "whether", "should", "otherwise", "choose", "would"],
  introductions: ["this is", "my name is", "i am", "i m", "you re|are speaking|through ..2 to|with"],
  menuVerbs: ["press", "dial", "choose", "select", "say"],
  menuKeys: ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "zero", "star", "hash", "pound"],
  coordinators: ["and", "or", "plus", "as well as", "nor"],
  clauseSubjects: ["we", "i", "you", "they", "calls", "call", "recordings", "conversations", "this call", "your call", "all calls", "our staff", "our agents"],
  subordinators: ["that", "so", "because", "if", "when", "unless", "while", "whereas", "which", "who", "where", "and", "or", "but", "although", "as", "since", "until"],
  fillers: [
    "the",
    "a",
    "an",
    "of",
    "for",
    "our",
    "your",
    "its",
    "their",
    "to",
    "in",
    "on",
    "with",
    "by",
    "at",
    "any",
    "this",
    "these",
    "those",
    "that",
    "us",
    "we",
    "you",
    "help",
    "helps",
    "can",
    "may",
    "be",
    "are",
    "is",
    "all",
    "new",
    "own",
    "both",
    "individual",
    "possible",
    "further",
    "better",
    "future",
    "ongoing",
    "general",
    "also",
    "it",
    "them",
    "what",
    "how",
    "continue",
    "continually",
    "continuously",
    "constantly",
    "always"
  ],
  purposeHeads: ["purposes", "purpose", "reasons", "reason", "needs", "requirements", "use"],
  compoundHeads: [],
  purposes: [
    // A statement that recording is lawful, and a duty to inform, name no purpose (notice-reading.md §3).
    {
      stop: true,
      phrases: [
        "where|as|if|when permitted|allowed ..3 law|legislation|regulation*",
        "in accordance|compliance|line with ..5 law|laws|gdpr|legislation|data protection",
        "lawful|lawfully",
        "required|obliged|obligated ..3 to inform|tell|notify|advise|let",
        "obligation|duty ..3 to inform|tell|notify|advise"
      ]
    },
    { id: "legal-compliance", vague: true, phrases: ["audit purposes|reasons|requirements", "auditing purposes|reasons"] },
    // ── quality-assurance ───────────────────────────────────────────────
    {
      id: "quality-assurance",
      vague: true,
      phrases: ["quality", "quality purposes|purpose|reasons|reason|needs|use", "qa purposes|reasons", "quality-related ?purposes", "monitoring purposes|reasons|needs"]
    },
    {
      id: "quality-assurance",
      phrases: [
        "quality control*|assurance|monitoring|management|check*|review*|improvement*|standard*|audit*|evaluation*|measurement|scoring|programme|program|team",
        "quality of|in ..3 service|services|advice|care|call*|conversation*|support|work|triage|response*|assistance|help|information|answers|experience|interaction*",
        "improve*|enhance*|monitor*|check*|assess*|maintain*|ensure|review*|measure*|evaluate*|raise|raising|develop*|uphold|upholding|maintenance ..4 quality|standard*",
        "improve*|enhance*|better|improving|improvement*|develop*|monitor*|review* ...5 service|services|experience|support|offering|processes|standards",
        "improve*|enhance*|better|improving|develop* ..3 way|how|what ..2 we",
        "improve*|improving ...5 service*|experience|support|advice|care|offering|processes|way|standards",
        "help us improve ?our|the|your ?service|services|experience|support",
        "service improvement*",
        "clinical governance",
        "service quality",
        "call quality",
        "customer satisfaction",
        "best|highest|high|excellent|good|consistent|great ..3 service|standard*|level*|possible|experience",
        "quality-assurance",
        "qa",
        "monitoring !calls|call|this|conversation*",
        "improvement purposes|reasons",
        "service standards",
        "check*|review*|monitor*|verify ..3 advice|answers|information|guidance|accuracy",
        "improve|improving !our|the|its|their|speech|ai|models|model|machine|algorithms|artificial|your"
      ]
    },
    // ── staff-training ──────────────────────────────────────────────────
    {
      id: "staff-training",
      phrases: [
        "training",
        "trainings",
        "training purposes|purpose|reasons|needs|use",
        "staff|agent|employee|team ..2 training|development|coaching",
        "coaching",
        "coach|coaches ..3 staff|agents|team*|colleagues|advisers|advisors|employees|people",
        "instruction purposes",
        "instructional purposes",
        "educational ?purposes",
        "education ?purposes",
        "learning and|& development",
        "learning purposes|opportunit*",
        "development of ?our|the ..2 staff|agents|team*|people|employees|advisers|advisors",
        `train|trains|trained|retrain|upskill|coach|educate|teach|onboard|onboarding ...4 ${STAFF2}|new|people`,
        `${STAFF2} ...4 train|trained|training|coached|learn|develop|improve ..2 skills`,
        "induction",
        "onboarding"
      ]
    },
    // ── employee-evaluation ─────────────────────────────────────────────
    {
      id: "employee-evaluation",
      phrases: [
        `assess*|evaluat*|apprais*|review*|measur*|scor*|grad*|rate|rating|judg* ...4 performance|${STAFF2}|individual|skills|conduct`,
        "monitor* ..2 performance",
        `performance ...4 review*|evaluation*|assessment*|appraisal*|management|monitoring|measurement|reviewed|evaluated|assessed|monitored|of|${STAFF2}`,
        `${STAFF2} ..2 performance|evaluation*|assessment*|appraisal*|review*|conduct|compliance`,
        "performance",
        "appraisal*",
        "evaluation* !of",
        `evaluation* of ..2 ${STAFF2}|performance|individual`,
        "disciplinary",
        "personnel ..2 evaluation*|assessment*|file*",
        "staff monitoring"
      ]
    },
    { stop: true, phrases: ["performance of|in ..3 our|the ..2 service|services|system*|network|line|website|investment*|fund*|portfolio*"] },
    // ── evidence ─────────────────────────────────────────────────────────
    {
      id: "evidence",
      phrases: [
        "evidence",
        "evidential",
        "evidentiary",
        "proof",
        "prove",
        "verification* ?purposes",
        "verify*|confirm*|check* ...5 order*|details|agreement*|instructions|transaction*|contract*|purchase*|sale*|terms|consent|conversation|what|instruction|arrangement*|application*|payment*|acceptance|request*|trade*|booking*",
        "verify",
        "confirmation purposes",
        "keep|maintain|have|create|retain|provide|hold|there ..3 =record|=records",
        "=record|=records of|for ..4 order*|agreement*|instructions|details|conversation*|transaction*|plan|payment*|sale*|purchase*|request*|consent|what|arrangement*|calls|call|discussion*|contract*|call",
        "clear|accurate|full|complete|reliable|written|permanent ..2 =record|=records",
        "for our|your =records",
        "dispute*",
        "disagreement*",
        "misunderstanding*",
        "legal claim*",
        "legal proceedings",
        "what ..3 agreed|said|discussed|promised|requested|instructed",
        "what we agree*",
        "agreed ..3 with you",
        "record-keeping",
        "record keeping",
        "audit trail",
        "contractual ..2 purposes|reasons",
        "accuracy ..3 of ..2 information|order|details|records"
      ]
    },
    // ── complaint-handling ──────────────────────────────────────────────
    {
      id: "complaint-handling",
      phrases: [
        "complaint* handling|resolution|investigation*|purposes|management|procedure*|process*|review*",
        "handl*|resolv*|investigat*|deal*|process*|manag*|review*|address*|settl*|follow*|look*|help*|assist*|respond*|support ..4 complaint*|concerns",
        "complaint* ...4 handled|resolved|investigated|dealt|reviewed|made|raised|arise|arising",
        "in|event|case|should|if ..4 complaint*",
        "complaints",
        "complaint"
      ]
    },
    { stop: true, phrases: ["make|submit|file|register|lodge|log ..2 a ..2 complaint", "complaints line|department|team|form|address|procedure|page|website"] },
    // ── legal-compliance ────────────────────────────────────────────────
    {
      id: "legal-compliance",
      phrases: [
        "regulatory",
        "regulation*",
        "regulator*",
        "legal|statutory|regulatory|compliance|legislative|governmental ..3 obligation*|requirement*|dut*|purposes|reasons|responsibilit*",
        "legally ..2 required|obliged|obligated|bound",
        "required|obliged|obligated|require*|mandated|necessary ..3 by|under ..2 law|legislation|regulation*|regulator*|rules",
        "law|legislation|regulations ..3 require*|requires|oblige*|mandate*",
        "by law",
        "the law",
        "comply|complying|compliance",
        "legislation",
        "legal reasons",
        "legal purposes",
        "financial conduct authority",
        "fca",
        "ofcom",
        "mifid*",
        "finra",
        "applicable ..2 law*|rules",
        "meet|fulfil*|fulfill*|satisfy|discharge|comply ..4 obligations"
      ]
    },
    // ── fraud-prevention ────────────────────────────────────────────────
    {
      id: "fraud-prevention",
      phrases: [
        "fraud*",
        "fraudulent",
        "anti-fraud",
        "security",
        "security purposes|reasons",
        "your ..2 protection|security|safety",
        "protect* ..3 you|your|customers|accounts|account|money|identity|data",
        "identity theft",
        "identity fraud",
        "financial crime*",
        "crime prevention",
        "prevent* ..3 crime*",
        "money laundering",
        "scam*",
        "impersonat*",
        "misuse",
        "abuse of ..2 account*|service*|system*",
        "verify|confirm ..3 your ..2 identity"
      ]
    },
    // ── staff-safety ────────────────────────────────────────────────────
    {
      id: "staff-safety",
      phrases: [
        `safety|security|protection|wellbeing|welfare ..4 ${STAFF2}`,
        `protect*|safeguard*|support ...4 ${STAFF2}`,
        `${STAFF2} ...3 safe|safety|protected|abuse|harassment`,
        "abusive",
        "abuse !of",
        "threat*",
        "aggress*",
        "harass*",
        "violen*",
        "intimidat*",
        "offensive",
        "police",
        "law enforcement",
        "unacceptable ..2 behaviour|behavior",
        "inappropriate ..2 behaviour|behavior|language",
        "zero tolerance"
      ]
    },
    // ── troubleshooting ─────────────────────────────────────────────────
    {
      id: "troubleshooting",
      phrases: [
        "technical ..3 fault*|problem*|issue*|error*|difficult*|reasons|purposes|quality|investigation*",
        "fault*",
        "troubleshoot*",
        "diagnos*",
        "network|line|connection|system|telephony|audio ..3 fault*|problem*|issue*|error*|quality",
        "call quality ..2 issue*|problem*",
        "debug*"
      ]
    },
    // ── speech-analytics ────────────────────────────────────────────────
    {
      id: "speech-analytics",
      phrases: [
        "speech analytic*",
        "voice analytic*",
        "call analytic*",
        "conversation analytic*",
        "interaction analytic*",
        "text analytic*",
        "analytics",
        "analys*|analyz* ..4 speech|keyword*|topic*|content|transcript*|conversation*|what|calls|call|words|trends|themes|recording*|automatically",
        "automatic*|automated ..3 analys*|analyz*|analysis",
        "analys*|analyz* ..3 automatic*|software|technology|tools",
        "keyword*",
        "speech|voice recognition ...6 analys*|analyz*|search*|keyword*|topic*",
        "analys*|analyz*|search* ...6 speech|voice recognition",
        "topics ...4 call|calling|contact",
        "why ..3 customers|people|you ..2 call|contact"
      ]
    },
    // ── emotion-recognition ─────────────────────────────────────────────
    {
      id: "emotion-recognition",
      phrases: ["sentiment|emotion|emotional|mood|voice|tone ..2 analys*|analyz*|analytics|detection|recognition|tracking|scoring", "emotion*", "sentiment*", "mood", "moods", "feelings", "how ..4 feel|feeling|felt", "tone of voice", "voice tone", "stress level*", "frustration", "emotional"]
    },
    // ── ai-training ─────────────────────────────────────────────────────
    {
      id: "ai-training",
      phrases: [
        `train|trains|trained|retrain|training|improve|improving|improves|enhance|develop|developing|refine|fine|tune|teach|build|building ..4 ${AI_STRICT}`,
        `training|train|trains ...8 of|for ..3 ${AI_STRICT}`,
        `${AI_STRICT} ..3 training|development|learning|improvement`,
        `${AI_STRICT} ...4 learn|trained|improved|improve`,
        `${AI_STRICT}|voicebot* ...4 understand*|recogni*|smarter|learn*`,
        "voice|virtual|digital assistant* ...4 understand*|recogni*|smarter|learn*",
        "improv*|train*|teach* ..4 speech|voice recognition",
        "machine learning",
        "machine-learning",
        "deep learning",
        "large language model*"
      ]
    },
    // ── marketing ───────────────────────────────────────────────────────
    {
      id: "marketing",
      phrases: [
        "marketing",
        "market research",
        "commercial purposes|reasons|use",
        "advertising",
        "advert*",
        "promotion*",
        "promotional",
        "sales strategy",
        "sales and|& marketing",
        "profiling",
        "targeted offers",
        "tailor* ..3 offer*|products",
        "telemarketing"
      ]
    },
    // ── publication ─────────────────────────────────────────────────────
    {
      id: "publication",
      phrases: [
        "publish*",
        "publication*",
        "broadcast*",
        "podcast*",
        "social media",
        "made ..2 public|publicly",
        "publicly",
        "on air",
        "shared|share|sharing|released|release ..4 outside|public|publicly|website|online|media|press|third",
        "outside ..3 company|organisation|organization|business ..2 shared|released"
      ]
    },
    // ── personal-use ────────────────────────────────────────────────────
    {
      id: "personal-use",
      phrases: ["personal use|reference|records|purposes|archive", "private use|purposes|records", "own ..2 use|reference|personal|private|records", "household purposes", "strictly personal"]
    },
    // ── service-provision ───────────────────────────────────────────────
    {
      id: "service-provision",
      vague: true,
      phrases: ["service purposes|purpose|reasons|reason|needs", "customer service purposes|reasons", "servicing purposes", "account purposes", "account servicing", "service-related purposes"]
    },
    {
      id: "service-provision",
      phrases: [
        "process|processing|handle|handling|deal|action|actioning|carry|carrying|fulfil*|fulfill*|complete|completing|execute|executing|manage|managing|respond|answer|resolve ..4 ?your|the|any ..3 request*|order*|instruction*|query|queries|enquiry|enquiries|question*|application*|claim*|booking*|transaction*|account*|case|needs|issue*|inquir*|change*|appointment*|problem*",
        "request*|order*|instruction*|query|queries|enquiry|enquiries|application*|claim*|booking* ...4 processed|handled|completed|carried|fulfilled|actioned",
        "provide|deliver ...4 service*|help|support ..3 requested|asked|need",
        "administer|administration of ..3 your ..2 account*|policy|contract|claim*",
        "perform|performance ..3 of|the ..2 contract|agreement",
        "servicing",
        "account management",
        "support|provide|deliver|plan|coordinate ..3 your|the|patient ?medical|clinical care|treatment",
        "medical|clinical assessment*|triage"
      ]
    },
    // ── vague phrases that name no purpose ──────────────────────────────
    {
      vague: true,
      phrases: [
        "internal purposes|purpose|reasons|use|needs|business|processes",
        "internally",
        "administrative|admin|administration purposes|reasons|use|needs",
        "administrative",
        "administration purposes",
        "business purposes|reasons|needs",
        "legitimate business ..2 purposes|reasons|interests",
        "operational purposes|reasons|needs",
        "other purposes",
        "various purposes",
        "general purposes",
        "record purposes",
        "in-house purposes",
        "company purposes",
        "analysis purposes"
      ]
    }
  ],
  canonical: {
    "quality-assurance": "quality assurance",
    "staff-training": "staff training",
    "employee-evaluation": "evaluating our staff",
    evidence: "evidence of what was agreed",
    "complaint-handling": "complaint handling",
    "legal-compliance": "meeting our legal obligations",
    "fraud-prevention": "fraud prevention",
    "staff-safety": "the safety of our staff",
    troubleshooting: "finding technical faults",
    "speech-analytics": "speech analytics",
    "emotion-recognition": "emotion recognition",
    "ai-training": "training our AI models",
    marketing: "marketing",
    "service-provision": "handling your request",
    publication: "publication",
    "personal-use": "strictly personal use"
  }
};

// server/src/core/notice/lang/stem-kit.ts
var VOWELS = "aeiouy";
function undouble(w, keep) {
  const n = w.length;
  if (n >= 4 && w[n - 1] === w[n - 2] && !VOWELS.includes(w[n - 1]) && !keep.includes(w[n - 1])) {
    return w.slice(0, -1);
  }
  return w;
}

// server/src/core/notice/lang/en/stem.ts
function stemEn(w) {
  if (w.length <= 3) return w;
  if (w.endsWith("ies") && w.length > 4) w = w.slice(0, -3) + "y";
  else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith("ed") && w.length > 4) {
    const c = w.slice(0, -2);
    w = c.length >= 3 ? undouble(c, "lsz") : w.slice(0, -1);
    if (w.endsWith("i")) w = w.slice(0, -1) + "y";
  }
  if (w.endsWith("e") && w.length > 3) w = w.slice(0, -1);
  return w;
}

// server/src/core/notice/lang/en/index.ts
var en2 = definePack({
  code: "en",
  name: "English",
  stem: stemEn,
  lexicon: en,
  fixWords: { for: "for", and: "and" },
  example: "This call is recorded.",
  legalForms: ["Ltd", "Limited", "plc", "LLP", "LLC", "Inc", "Corp"]
});

// server/src/core/notice/lang/es/lexicon.ts
var STAFF3 = "agente*|empleado*|trabajador*|personal|equipo*|asesor*|gestor*|operador*|teleoperador*|colaborador*|profesional*|plantilla|comercial*|nuevos|nuevas";
var AI2 = "ia|inteligencia|modelo*|algoritmo*|aprendizaje|robot*|chatbot*|bot|bots|voicebot*|virtual*|neuronal*|automatizad*";
var es = {
  // grabar and its forms; "monitorizada", "escuchada por" (listened in on) are listening, not recording.
  recording: ["grab*"],
  listening: ["monitoriz*", "monitoread*", "escuchad*", "escuchar ..2 la|esta|su ..2 llamada|conversacion"],
  recordingWeak: ["registrad*", "registrar", "registramos", "registra", "registran", "conservad*", "conservar", "conservamos", "almacenad*", "almacenar", "almacenamos", "guardad*", "guardar", "guardamos", "archivad*", "transcrit*", "transcribir", "transcribimos"],
  notRecording: [
    "mensaje|locucion|informacion|contestador|menu ..2 grabad*|pregrabad*",
    "pregrabad*",
    "grabad* ..2 mensaje|locucion",
    "su ..3 solicitud|reclamacion|pedido|peticion|cita|pago|lectura|respuesta|eleccion|direccion ..3 ha|han|queda|quedado ..2 ?sido|correctamente registrad*",
    "correctamente registrad*"
  ],
  callNouns: ["llamada*", "conversacion*", "comunicacion*", "entrevista*", "usted", "ustedes", "linea"],
  notCallNouns: [
    "mensaje",
    "mensajes",
    "locucion",
    "solicitud",
    "reclamacion",
    "pedido",
    "peticion",
    "cita",
    "lectura",
    "contador",
    "respuesta",
    "eleccion",
    "direccion",
    "datos",
    "numero*",
    "tarjeta*",
    "pago",
    "codigo",
    "contrasena",
    "clave",
    "incidencia",
    "expediente",
    "webinar*",
    "reunion*",
    "seminario*",
    "evento*",
    "video*",
    "curso*",
    "conferencia*",
    "jornada*",
    "programa*"
  ],
  useContext: ["utiliz*", "usad*", "usar", "usaremos", "conservad*", "almacenad*", "eliminad*", "borrad*", "compartid*", "cedid*", "cederemos", "analizad*", "escuchad*", "difundid*", "interrumpid*", "detenid*", "destinad*", "emplead*", "emplearemos"],
  negations: ["no", "nunca", "jamas", "ningun", "ninguna", "ninguno", "ni", "nada", "tampoco"],
  // "no todas las llamadas", "no dude en", "no obstante", "si no desea": the negation is undone.
  negationCancellers: ["todas", "todos", "siempre", "solo", "solamente", "unicamente", "necesariamente", "sistematicamente", "dude", "obstante", "desea", "desean", "quiere", "quieren", "acepta", "autoriza", "solo"],
  // "no grabamos todas las llamadas", "no se graban todas las llamadas"
  negationQuantifiers: ["todas", "todos"],
  introductions: ["le habla", "le atiende", "mi nombre es", "soy", "habla con"],
  menuVerbs: ["pulse", "pulsa", "marque", "marca", "presione", "oprima", "diga"],
  menuKeys: ["uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "cero", "asterisco", "almohadilla"],
  scopeEnders: ["pero", "sino", "salvo", "excepto", "solo", "solamente", "unicamente", "exclusivamente", "porque", "cuando", "si", "aunque", "embargo", "mientras"],
  conditionals: ["si", "sin", "desea", "desean", "quiere", "quieren", "prefiere", "prefieren", "acepta", "aceptar", "consentimiento", "consiente", "oponerse", "oponer", "oposicion", "salvo", "autoriza", "autorizacion", "optar", "solicitar", "pedir"],
  coordinators: ["y", "e", "o", "u", "asi"],
  clauseSubjects: ["nosotros", "usted", "las llamadas", "esta llamada", "su llamada", "todas las llamadas", "las conversaciones", "esta conversacion", "las grabaciones", "nuestros agentes"],
  subordinators: ["que", "para", "si", "cuando", "porque", "y", "o", "pero", "sino", "quien", "donde", "aunque", "mientras", "cual", "cuyo", "cuya"],
  fillers: [
    "el",
    "la",
    "los",
    "las",
    "lo",
    "un",
    "una",
    "unos",
    "unas",
    "de",
    "del",
    "a",
    "al",
    "en",
    "por",
    "para",
    "con",
    "su",
    "sus",
    "nuestro",
    "nuestra",
    "nuestros",
    "nuestras",
    "este",
    "esta",
    "estos",
    "estas",
    "ese",
    "esa",
    "le",
    "les",
    "nos",
    "posible",
    "posibles",
    "eventual",
    "eventuales",
    "mejor",
    "buen",
    "buena",
    "mas",
    "poder",
    "podamos",
    "pueda",
    "cualquier",
    "fin",
    "fines"
  ],
  purposeHeads: [],
  compoundHeads: [],
  purposes: [
    { id: "legal-compliance", vague: true, phrases: ["fines|motivos|efectos de|del auditoria"] },
    // ── quality-assurance ───────────────────────────────────────────────
    {
      id: "quality-assurance",
      vague: true,
      phrases: [
        "fines|motivos|razones|efectos|objetivos ..2 calidad",
        "fines|motivos|razones|efectos ...5 y|e|o ..2 calidad",
        "calidad !de|del|en|y|e|o",
        // "monitoring purposes" is vague quality assurance (notice-reading.md §3)
        "fines|motivos|efectos ..2 monitorizacion|supervision|seguimiento|control"
      ]
    },
    {
      id: "quality-assurance",
      phrases: [
        "mejor*|garantizar|asegurar|controlar|verificar|medir|evaluar|mantener|optimizar|supervisar|revisar ...5 calidad|servicio*|atencion|satisfaccion|asesoramiento|respuesta*|prestacion*",
        "mejora|control|seguimiento|evaluacion|medicion|verificacion|supervision|optimizacion|aseguramiento|revision ..3 calidad|servicio*|atencion|satisfaccion",
        "calidad de|del ..3 servicio*|atencion|asesoramiento|respuesta*|prestacion*|nuestro*|nuestra*",
        "satisfaccion ..2 cliente*",
        "control de calidad",
        "atender* ..2 mejor",
        "mejor ..2 atender*|servir*|atenderle",
        "opinion ..2 cliente*"
      ]
    },
    // ── staff-training (onboarding and coaching included) ───────────────
    {
      id: "staff-training",
      phrases: [
        "formacion*",
        "formar",
        "formativ*",
        "capacitacion*",
        "capacitar",
        "coaching",
        `formar|capacitar|entrenar|preparar|orientar|acompanar ..4 ${STAFF3}`,
        `${STAFF3} ...4 formar|formados|formadas|capacitar|capacitados|entrenar|entrenados|aprendan`,
        `entrenamiento|aprendizaje|incorporacion|acogida ..3 ${STAFF3}`
      ]
    },
    // ── employee-evaluation: an employee's performance assessed ─────────
    {
      id: "employee-evaluation",
      phrases: [
        `evaluacion|evaluar|valoracion|valorar ..4 ${STAFF3}|desempeno|rendimiento`,
        "desempeno",
        `rendimiento ..3 ${STAFF3}`,
        `${STAFF3} ...4 evaluar|evaluados|evaluadas|evaluacion|valorar`
      ]
    },
    // ── evidence: proof of what was said or agreed, and disputes ────────
    {
      id: "evidence",
      phrases: [
        "prueba* ..4 contratacion|contrato|acuerdo|conformidad|consentimiento|pedido|operacion|compra|alta|venta|acordado|pactado|dicho|aceptado",
        "como prueba",
        "probatori*",
        "acreditar",
        "acreditacion",
        "constancia",
        "justificante",
        "verificar|confirmar|confirmacion|verificacion|validar|validacion ..4 contratacion|contrato|pedido|acuerdo|operacion|compra|alta|venta|consentimiento|acordado",
        "disputa*",
        "litigio*",
        "controversia*",
        "desacuerdo*",
        "discrepancia*",
        "lo ..3 acordado|pactado|dicho|contratado|convenido",
        "documentar|documentacion ..3 llamada|conversacion|acuerdo*|contratacion",
        "seguridad juridica"
      ]
    },
    // ── complaint-handling ──────────────────────────────────────────────
    { id: "complaint-handling", phrases: ["reclamacion*", "queja*", "gestion|tramitacion|tratamiento|resolucion|resolver|gestionar|tramitar ..3 reclamacion*|queja*"] },
    { stop: true, phrases: ["departamento|servicio ..2 reclamaciones", "hoja* ..2 reclamaciones"] },
    // ── legal-compliance: only a duty to record that the law imposes ────
    {
      id: "legal-compliance",
      phrases: [
        "obligacion* ..3 legal*|normativ*|regulatori*",
        "legalmente ..3 obligad*|requerid*|exigid*",
        "obligad* ..3 ley|legalmente|normativa*|regulacion*",
        "exig* ..3 ley|normativa*|regulacion*|legal*",
        "ley|normativa|regulacion|reglamento ...4 obliga|exige|requiere|impone",
        "requisito* ..2 legal*|normativ*|regulatori*",
        "cumplir|cumplimiento ..3 obligacion*|requisito*|ley|leyes|normativa*",
        "imperativo legal",
        "mifid*",
        "cnmv",
        "fines|motivos ..2 legales|regulatorios|normativos"
      ]
    },
    // A statement that recording is lawful, and a duty to inform, name no purpose (notice-reading.md §3).
    {
      stop: true,
      phrases: [
        "proteccion ..2 datos",
        "rgpd",
        "lopd*",
        "reglamento general",
        "de acuerdo|conformidad ...5 ley|normativa*|legislacion|reglamento",
        "conforme ...5 ley|normativa*|legislacion|reglamento",
        "permitid* ..3 ley|normativa*|legislacion",
        "obligad* ..2 informar*|comunicar*",
        "obligacion ..3 informar*",
        "cumplimiento ..3 proteccion ..2 datos",
        "cumplir ..3 proteccion ..2 datos"
      ]
    },
    // ── fraud-prevention ────────────────────────────────────────────────
    {
      id: "fraud-prevention",
      phrases: ["fraude*", "fraudulent*", "antifraude", "seguridad", "su ..2 seguridad", "motivos|razones|fines ..2 seguridad", "suplantacion*", "usurpacion*", "blanqueo", "estafa*", "prevencion ..3 fraude*|delito*"]
    },
    // ── staff-safety ────────────────────────────────────────────────────
    {
      id: "staff-safety",
      phrases: [
        `seguridad|proteccion|proteger ..4 ${STAFF3}`,
        `${STAFF3} ...4 proteger|protegidos|seguridad`,
        "agresion*",
        "agresiv*",
        "amenaza*",
        "insulto*",
        "violencia",
        "acoso",
        "policia",
        "denuncia*",
        "comportamiento* ..2 inapropiad*|abusiv*|agresiv*|ofensiv*"
      ]
    },
    // ── troubleshooting ─────────────────────────────────────────────────
    {
      id: "troubleshooting",
      phrases: ["problema* ..2 tecnico*", "incidencia* ..2 tecnica*", "averia*", "fallo* ..2 tecnico*|linea|conexion", "calidad ..2 linea|sonido|conexion|comunicacion|audio"]
    },
    // ── speech-analytics: automated analysis of what is said ────────────
    {
      id: "speech-analytics",
      phrases: [
        "analisis ..3 voz|habla|vocal|conversacion*|contenido",
        "analitica ..3 voz|habla|conversacion*",
        "speech analytics",
        "analiz* ..4 automatica*|automaticamente|contenido|palabras|temas|tendencias",
        "automatica* ..3 analiz*|analisis",
        "palabras clave"
      ]
    },
    { stop: true, phrases: ["analisis|analiz* ..4 emocion*|sentimiento*|animo"] },
    // ── emotion-recognition ─────────────────────────────────────────────
    { id: "emotion-recognition", phrases: ["emocion*", "emocional*", "sentimiento*", "estado ..2 animo", "estres", "frustracion", "tono ..2 voz", "reconocimiento ..2 emocion*", "analisis|analiz* ..4 emocion*|sentimiento*|animo"] },
    // ── ai-training: recordings teach an AI system ──────────────────────
    {
      id: "ai-training",
      phrases: [
        `entren*|mejorar|perfeccionar|desarrollar|optimizar|ensenar|formar|formacion ..4 ${AI2}`,
        `${AI2} ...4 entrenar|entrenamiento|mejorar|aprender|aprenda|optimizar|perfeccionar`,
        `${AI2}|asistente* ...4 entienda|entender|comprenda|comprender|reconozca|reconocer`,
        "aprendizaje automatico",
        "machine learning"
      ]
    },
    // ── marketing ───────────────────────────────────────────────────────
    { id: "marketing", phrases: ["marketing", "comercial*", "publicidad", "publicitari*", "promocion*", "promocional*", "prospeccion", "estudio* ..2 mercado", "perfilado", "elaboracion ..2 perfiles"] },
    { stop: true, phrases: [`${STAFF3}|departamento|area|gestor*|asesor* ..2 comercial*`, "comercial ..2 asignad*"] },
    // ── publication ─────────────────────────────────────────────────────
    { id: "publication", phrases: ["publicar", "publicad*", "publicacion*", "difundir", "difusion", "podcast*", "redes sociales", "radio", "emitid* ..3 radio|television|antena"] },
    // ── personal-use ────────────────────────────────────────────────────
    { id: "personal-use", phrases: ["uso ..2 personal|privado|particular", "fines ..2 personales|privados|particulares", "exclusivamente personal"] },
    // ── service-provision ───────────────────────────────────────────────
    { id: "service-provision", vague: true, phrases: ["fines|motivos|razones ..2 servicio", "fines de|del ?nuestro|su|el servicio"] },
    {
      id: "service-provision",
      phrases: [
        "gestion|gestionar|tramitar|tramitacion|tramite|atender|resolver|resolucion|procesar|ejecutar|ejecucion|realizar|seguimiento ..3 solicitud*|peticion*|pedido*|consulta*|gestion*|expediente*|contrato|operacion*|siniestro*|incidencia*|alta|tramite*|necesidad*|caso",
        "responder ..3 consulta*|pregunta*|solicitud*|peticion*",
        "prestacion|prestar ..3 servicio*",
        "ayudar* ..3 consulta*|solicitud*|gestion*|caso"
      ]
    },
    // ── vague, naming no purpose ────────────────────────────────────────
    { vague: true, phrases: ["fines|motivos|uso|efectos ..2 internos|interno|administrativos|administrativo*|operativos", "gestion interna", "otros fines", "fines diversos"] }
  ],
  canonical: {
    "quality-assurance": "la mejora de la calidad de nuestros servicios",
    "staff-training": "la formaci\xF3n de nuestros agentes",
    "employee-evaluation": "la evaluaci\xF3n del desempe\xF1o de nuestros agentes",
    evidence: "dejar constancia de lo acordado",
    "complaint-handling": "la gesti\xF3n de sus reclamaciones",
    "legal-compliance": "el cumplimiento de nuestras obligaciones legales",
    "fraud-prevention": "la prevenci\xF3n del fraude",
    "staff-safety": "la protecci\xF3n de nuestros empleados",
    troubleshooting: "la resoluci\xF3n de problemas t\xE9cnicos",
    "speech-analytics": "el an\xE1lisis autom\xE1tico del habla",
    "emotion-recognition": "el reconocimiento de emociones",
    "ai-training": "el entrenamiento de modelos de inteligencia artificial",
    marketing: "fines de marketing",
    "service-provision": "la gesti\xF3n de su solicitud",
    publication: "su publicaci\xF3n",
    "personal-use": "uso exclusivamente personal"
  }
};

// server/src/core/notice/lang/es/stem.ts
function stemEs(w) {
  if (w.length <= 3) return w;
  if (w.endsWith("es") && w.length > 4 && "lnrdzjy".includes(w[w.length - 3])) w = w.slice(0, -2);
  else if (w.endsWith("s") && !w.endsWith("ss") && w.length > 3) w = w.slice(0, -1);
  if (/[aoe]$/.test(w) && w.length > 4) w = w.slice(0, -1);
  return w;
}

// server/src/core/notice/lang/es/index.ts
var es2 = definePack({
  code: "es",
  name: "Spanish",
  stem: stemEs,
  lexicon: es,
  fixWords: { for: "para", and: "y" },
  example: "Esta llamada ser\xE1 grabada.",
  legalForms: ["S.A.", "S.L.", "S.L.U.", "S.A.U.", "S.L.L.", "S.Coop.", "S.C.", "S.L.N.E."],
  // "No se graban todas las llamadas": the reflexive "se" puts the quantifier one word further.
  windows: { quantifierOffsets: [2, 3] }
});

// server/src/core/notice/lang/fr/lexicon.ts
var STAFF4 = "conseiller*|conseillere*|collaborat*|agent*|equipe*|personnel*|employe*|salarie*|teleconseiller*|operat*|charge*|interlocut*|commerciau*|gestionnaire*|nouveaux|nouvelles";
var AI3 = "ia|intelligence|modele*|algorithme*|apprentissage|robot*|chatbot*|assistant*|reconnaissance|systeme*|automatique*|vocal*|neuronau*";
var fr = {
  recording: ["enregistre", "enregistree", "enregistres", "enregistrees", "enregistrer", "enregistrons", "enregistrent", "enregistrement*", "enregistr*"],
  listening: ["ecoute", "ecoute ..2 par", "ecoutes", "ecoutee", "ecoutees", "double ecoute", "double-ecoute"],
  recordingWeak: ["conservons", "conserver", "conservent", "conservera", "transcrit", "transcrits", "transcrite", "transcrites", "retranscrit*", "conserve", "conservee", "conserves", "conservees", "archive", "archivee", "archives", "stocke", "stockee"],
  notRecording: [
    "message|annonce|information*|repondeur|menu|accueil ..2 enregistre*|preenregistre*",
    "preenregistre*",
    "pre enregistre*",
    "enregistre* ..2 message|annonce",
    "votre ..3 demande|reclamation|commande|signalement|dossier|rendez|paiement|releve|reponse|choix|adresse ..3 bien|a bien ete ..2 enregistre*",
    "bien ete ..2 enregistre*",
    "bien enregistre*"
  ],
  callNouns: ["appel", "appels", "conversation*", "communication*", "entretien*", "echange*", "vous", "ligne"],
  notCallNouns: [
    "message",
    "messages",
    "annonce",
    "demande",
    "reclamation",
    "commande",
    "signalement",
    "dossier",
    "releve",
    "compteur",
    "reponse",
    "choix",
    "adresse",
    "coordonnees",
    "numero*",
    "carte",
    "cartes",
    "donnees",
    "informations",
    "paiement",
    "rendez-vous",
    "rendez",
    "code",
    "mot",
    "identifiant*"
  ],
  useContext: ["utilise", "utilises", "utilisee", "utilisees", "conserve", "conserves", "supprime", "supprimes", "partage", "partages", "ecoute", "ecoutes", "analyse", "analyses", "diffuse", "diffuses", "transmis", "archive", "archives", "interrompu", "suspendu", "stocke", "stockes"],
  negations: ["ne", "n", "pas", "jamais", "aucun", "aucune", "nullement", "ni", "rien", "personne"],
  negationPreCancellers: ["tous", "toutes"],
  negationCancellers: ["tous", "toutes", "toujours", "seulement", "uniquement", "souhaitez", "souhaite", "voulez", "desirez", "acceptez", "que", "hesitez", "necessairement", "systematiquement"],
  scopeEnders: ["mais", "que", "sauf", "hormis", "excepte", "uniquement", "seulement", "exclusivement", "car", "afin", "lorsque", "si", "toutefois", "cependant", "plutot"],
  conditionals: ["si", "sans", "souhaitez", "souhaite", "voulez", "desirez", "acceptez", "accepter", "accord", "consentement", "opposer", "opposez", "refuser", "refusez", "preferez", "sauf"],
  introductions: ["ici", "je suis", "je m appelle", "vous etes en ligne avec", "vous parlez a|avec"],
  menuVerbs: ["appuyez", "tapez", "composez", "dites"],
  menuKeys: ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "z\xE9ro", "\xE9toile", "di\xE8se"],
  coordinators: ["et", "ou", "ainsi", "voire"],
  clauseSubjects: ["nous", "vous", "je", "ils", "on", "les appels", "cet appel", "votre appel", "tous les appels", "les enregistrements", "nos conseillers"],
  subordinators: ["que", "qu", "afin", "pour", "si", "lorsque", "quand", "car", "parce", "et", "ou", "mais", "qui", "dont", "puisque", "tandis"],
  fillers: [
    "le",
    "la",
    "les",
    "l",
    "un",
    "une",
    "des",
    "de",
    "d",
    "du",
    "a",
    "au",
    "aux",
    "en",
    "pour",
    "par",
    "nos",
    "notre",
    "vos",
    "votre",
    "sa",
    "son",
    "ses",
    "leur",
    "leurs",
    "ce",
    "cet",
    "cette",
    "ces",
    "eventuel",
    "eventuelle",
    "eventuels",
    "eventuelles",
    "dans",
    "sur",
    "avec",
    "nous",
    "vous",
    "afin",
    "cadre",
    "titre",
    "meilleure",
    "meilleur",
    "bonne",
    "plus",
    "toujours",
    "mieux",
    "etre",
    "pouvoir",
    "permettre",
    "propre",
    "propres"
  ],
  purposeHeads: [],
  compoundHeads: [],
  purposes: [
    // A statement that recording is lawful, and a duty to inform, name no purpose (notice-reading.md §3).
    {
      stop: true,
      phrases: [
        "conformement|conforme ..5 rgpd|informatique|donnees|vie privee",
        "dans le respect ..4 loi|reglementation*|legislation|rgpd|vie|donnees",
        "obligation*|oblige*|tenu*|tenus ..3 informer|prevenir|signaler"
      ]
    },
    { id: "legal-compliance", vague: true, phrases: ["fins|raisons de|d audit|controle interne"] },
    {
      id: "quality-assurance",
      vague: true,
      phrases: ["fins|raisons de|d surveillance|monitoring|supervision", "fins|raisons|objectifs|but|buts ..2 qualite !de|du|des|d", "fins|raisons ...5 et|ou ..2 qualite", "qualite !de|du|des|d|et|ou", "fins d amelioration !de|du|des|d"]
    },
    {
      id: "quality-assurance",
      phrases: [
        "amelior*|garantir|assurer|controler|verifier|mesurer|suivre|evaluer|maintenir|optimiser|surveiller ...5 qualite|service*|prestation*|accueil|relation*|satisfaction|conseil*|reponse*|offre*|traitement",
        "amelioration*|controle*|suivi|evaluation|mesure|verification|optimisation|demarche|surveillance ..3 qualite|service*|prestation*|accueil|relation*|satisfaction",
        "controle* ..2 qualite",
        "qualite de|du|des ..3 service*|prestation*|accueil|conseil*|reponse*|relation*|echange*|traitement|appel*|nos|notre|vos|votre|l",
        "satisfaction ..2 client*",
        "demarche qualite",
        "assurance qualite",
        "qualite de service",
        "mieux ..3 servir|repondre|accompagner|vous",
        "service de qualite"
      ]
    },
    {
      id: "staff-training",
      phrases: [
        "formation*",
        "formations",
        "former",
        "coaching*",
        "perfectionnement",
        "accompagnement ..3 conseiller*|collaborat*|equipe*|agent*|personnel",
        `former|formons|forme|accompagner|coacher ..4 ${STAFF4}`,
        `${STAFF4} ...4 former|formes|formees|forme|accompagner|coacher`,
        "apprentissage ..3 conseiller*|collaborat*|equipe*|agent*",
        "fins pedagogiques",
        "pedagogique*"
      ]
    },
    {
      id: "employee-evaluation",
      phrases: [
        "evaluation*",
        "evaluer",
        `evaluer|evaluation ..4 ${STAFF4}|performance*|travail`,
        "performance*",
        `${STAFF4} ...4 evalue*|evaluation`,
        "entretien* annuel*",
        "appreciation ..3 travail|performance*"
      ]
    },
    { stop: true, phrases: ["evaluation|evaluer ..3 qualite|service*|satisfaction|besoin*|demande*|situation|dossier"] },
    {
      id: "evidence",
      phrases: [
        "preuve*",
        "probatoire*",
        "justificatif*",
        "justifier",
        "conserver|garder ..3 trace*",
        "trace ..4 accord|souscription|commande|engagement*|echange*|contrat|adhesion|consentement|instruction*|ordre*|vente",
        "confirm*|valider|validation ..4 souscription|commande|contrat|accord|adhesion|vente|engagement*|instruction*|ordre*|achat|abonnement|consentement",
        "litige*",
        "contestation*",
        "differend*",
        "desaccord*",
        "verification ..4 souscription|commande|contrat|accord|adhesion|vente|engagement*|instruction*",
        "verifier",
        "ce qui ..3 ete ..2 convenu|dit|decide|accepte",
        "securisation ..3 souscription|vente|contrat|commande",
        "fins probatoires",
        "contentieux"
      ]
    },
    { id: "complaint-handling", phrases: ["reclamation*", "plainte*", "traitement|gestion|suivi ..3 reclamation*|plainte*|insatisfaction*", "insatisfaction*", "mediation"] },
    { id: "staff-safety", phrases: ["dep* ..2 plainte", "porter ..2 plainte", "plainte ..3 police|gendarmerie"] },
    { stop: true, phrases: ["service ..2 reclamation*", "deposer|faire|formuler|adresser ..2 une ..2 reclamation"] },
    {
      id: "legal-compliance",
      phrases: [
        "obligation*",
        "conformement ..4 loi|reglementation*|legislation|dispositions|exigences",
        "legal*",
        "legislat*",
        "reglementaire*",
        "reglementation*",
        "loi",
        "lois",
        "exigence* ..2 reglementaire*|legale*",
        "conformite",
        "mifid*",
        "autorite ..3 controle|marches",
        "amf",
        "acpr",
        "impose* ..3 loi|reglementation",
        "dispositions ..3 legales|reglementaires"
      ]
    },
    {
      id: "fraud-prevention",
      phrases: ["fraude*", "frauduleu*", "antifraude", "anti-fraude", "securite", "securitaire*", "votre ..2 securite|protection", "usurpation*", "blanchiment", "escroquerie*", "abus", "raisons de securite", "lutte contre ..2 fraude"]
    },
    {
      id: "staff-safety",
      phrases: [
        `securite|protection|prot\xE9ger|proteger ..4 ${STAFF4}`,
        `${STAFF4} ...4 proteger|prot\xE9g\xE9s|proteges|securite`,
        "agression*",
        "agressi*",
        "menace*",
        "incivilite*",
        "insulte*",
        "violence*",
        "harcelement*",
        "police",
        "gendarmerie",
        "comportement* ..2 inapproprie*|abusif*|agressif*"
      ]
    },
    {
      id: "troubleshooting",
      phrases: ["probleme* ..2 technique*", "incident* ..2 technique*", "dysfonctionnement*", "panne*", "anomalie*", "qualite ..2 ligne|son|communication|connexion", "defaut* ..2 technique*|ligne"]
    },
    {
      id: "speech-analytics",
      phrases: [
        "analyse vocale",
        "analyse* ..4 automatique*|parole|vocale|contenu|mots|semantique*|thematique*|algorithm*",
        "automatique* ..3 analys*",
        "analys* ..3 automatiquement",
        "speech analytics",
        "mots ..2 cles",
        "mots-cles",
        "analytique"
      ]
    },
    { stop: true, phrases: ["analyse* ..4 emotion*|sentiment*|humeur"] },
    { id: "emotion-recognition", phrases: ["emotion*", "emotionnel*", "sentiment*", "humeur", "ressenti", "etat emotionnel", "reconnaissance ..2 emotion*"] },
    {
      id: "ai-training",
      phrases: [
        `entrain*|ameliorer|perfectionner|developper|former|formation|apprentissage|optimiser|affiner ..4 ${AI3}`,
        `${AI3} ...4 entrainer|entraines|ameliorer|former|formes|developper|apprendre|optimiser`,
        `${AI3} ...4 comprendre|comprenne|reconnaitre|performant*|comprehension`,
        "apprentissage automatique",
        "machine learning"
      ]
    },
    { id: "marketing", phrases: ["marketing", "prospection*", "commercia*", "publicit*", "etude* ..2 marche", "promotion*", "promotionnel*", "profilage"] },
    { stop: true, phrases: ["conseiller* ..2 commercia*", "service* ..2 commercia*", "geste ..2 commercial"] },
    { id: "publication", phrases: ["publi*", "diffus*", "podcast*", "reseaux sociaux", "rendu* public*", "radio", "antenne", "partage* ..4 exterieur|tiers|public"] },
    { id: "personal-use", phrases: ["usage ..2 personnel|prive|strictement", "utilisation ..2 personnelle|privee", "fins ..2 personnelles|privees", "strictement personnel*"] },
    { id: "service-provision", vague: true, phrases: ["fins|raisons|besoins ..2 service", "fins de|du|d ?nos|notre|vos|votre|le|la|les service"] },
    {
      id: "service-provision",
      phrases: [
        "traitement|traiter|gestion|gerer|execution|executer|suivi|realiser|realisation ..3 demande*|commande*|dossier*|requete*|contrat|operation*|sinistre*|besoin*",
        "demande* ...4 traiter|traitee|traitees|executer|gerer",
        "bonne ..2 execution",
        "evaluation|appreciation|regulation medicale",
        "prise en charge ?medicale",
        "fourniture ..3 service*",
        "repondre ..3 demande*|question*|besoin*"
      ]
    },
    { vague: true, phrases: ["fins|raisons|usage|besoins ..2 internes|interne|administratives|administratif*|gestion", "gestion interne", "fins diverses", "autres fins"] }
  ],
  canonical: {
    "quality-assurance": "l'am\xE9lioration de la qualit\xE9 de nos services",
    "staff-training": "la formation de nos conseillers",
    "employee-evaluation": "l'\xE9valuation de nos conseillers",
    evidence: "preuve de votre accord",
    "complaint-handling": "le traitement de vos r\xE9clamations",
    "legal-compliance": "le respect de nos obligations l\xE9gales",
    "fraud-prevention": "la pr\xE9vention de la fraude",
    "staff-safety": "la s\xE9curit\xE9 de nos collaborateurs",
    troubleshooting: "la r\xE9solution des probl\xE8mes techniques",
    "speech-analytics": "l'analyse vocale",
    "emotion-recognition": "la reconnaissance des \xE9motions",
    "ai-training": "l'entra\xEEnement de mod\xE8les d'IA",
    marketing: "des fins de marketing",
    "service-provision": "le traitement de votre demande",
    publication: "la publication",
    "personal-use": "un usage strictement personnel"
  }
};

// server/src/core/notice/lang/fr/stem.ts
function stemFr(w) {
  if (w.length <= 3) return w;
  if ((w.endsWith("s") || w.endsWith("x")) && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith("e") && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith("e") && w.length > 3) w = w.slice(0, -1);
  return w;
}

// server/src/core/notice/lang/fr/index.ts
var fr2 = definePack({
  code: "fr",
  name: "French",
  stem: stemFr,
  lexicon: fr,
  fixWords: { for: "pour", and: "et" },
  example: "Cet appel est enregistr\xE9.",
  legalForms: ["S.A.", "S.A.S.", "SASU", "SARL", "EURL", "SNC", "SE"]
});

// server/src/core/notice/lang/nl/lexicon.ts
var STAFF5 = "medewerker*|*medewerker*|personeel*|collega*|werknemer*|agent*|adviseur*|*adviseur*|klantenservicemedewerker*|telefonist*|callcenteragent*|servicemedewerker*|triagist*|assistent*|baliemedewerker*|team*|mensen|ambtena*";
var AI4 = "ai|ki|kunstmatig*|*model|*modellen|model*|algoritm*|*algoritme*|spraakherkenning|spraaktechnologie|spraakcomputer*|chatbot*|*bot|bot|bots|spraakassistent*|taalmodel*|machine|machinaal|machinale|zelflerend*|neurale|*systeem|*systemen|systeem|systemen|computer*|software";
var AI_STRICT2 = "ai|ki|kunstmatig*|*model|*modellen|model*|algoritm*|*algoritme*|spraakherkenning|spraaktechnologie|spraakcomputer*|voicebot*|chatbot*|*bot|bot|bots|spraakassistent*|taalmodel*|machine|machinaal|machinale|zelflerend*|neurale";
var nl = {
  recording: [
    "opgenomen",
    "opnemen",
    "opneemt",
    "opneem",
    "opnam",
    "neem|neemt|nemen|nam|namen ...12 op",
    "gespreksopname*",
    "telefoonopname*",
    "geluidsopname*",
    "audio-opname*",
    "opnameapparatuur",
    "getaped"
  ],
  listening: ["meegeluisterd", "meeluisteren", "meeluistert", "luistert|luisteren|luister ...5 mee"],
  recordingWeak: [
    "getranscribeerd",
    "transcriberen",
    "uitgeschreven",
    "vastgelegd",
    "vastleggen",
    "vastlegt",
    "vastleg",
    "leg|legt|leggen|legde|legden ...12 vast",
    "sla|slaan|slaat|sloeg|sloegen ...12 op",
    "opname",
    "opnames",
    "opnamen",
    "bewaard",
    "bewaren",
    "bewaart",
    "opgeslagen",
    "geregistreerd",
    "teruggeluisterd",
    "terugluisteren",
    "afgeluisterd",
    "gearchiveerd"
  ],
  notRecording: [
    "opgenomen|opname|opnames|opnamen boodschap|*boodschap|bericht|*bericht|mededeling|keuzemenu|tekst|welkomstboodschap|wachtmuziek",
    "contact ...5 op",
    "contact ..2 opgenomen|opnemen|opneemt|opneem|opnam",
    "opgenomen|opname|opnames|opnamen|opnemen ...4 ziekenhuis|kliniek|*kliniek|zorginstelling|verpleeghuis|ggz|afdeling|instelling|hospice|revalidatie*",
    "ziekenhuis|kliniek ...4 opgenomen|opname|opnemen",
    "opgenomen ..3 voorwaarden|*voorwaarden|privacyverklaring|privacyreglement|privacybeleid|overeenkomst|polis|brochure|reglement|wachtrij|lijst",
    "geld|bedrag|vakantie|verlof|vrije|dagen|krediet|lening ...3 opnemen|opgenomen|opneemt|op",
    "telefoon|telefoontje ...4 op|opnemen|opneemt|opgenomen",
    "niemand ..2 op|opneemt|opgenomen",
    "in behandeling",
    "afspraak|afspraken|regeling|betalingsregeling|overeenkomst ...6 vast|vastleggen"
  ],
  callNouns: ["gesprek*", "*gesprek", "*gesprekken", "telefoontje*", "oproep*", "*oproep", "*oproepen", "telefonade", "gesprekskwaliteit"],
  notCallNouns: [
    "boodschap",
    "*boodschap",
    "bericht",
    "*bericht",
    "melding",
    "*melding",
    "meterstand*",
    "*stand",
    "gegevens",
    "*gegevens",
    "nummer",
    "*nummer",
    "pincode",
    "wachtwoord",
    "adres*",
    "informatie",
    "voorwaarden",
    "*voorwaarden",
    "ziekenhuis",
    "klacht",
    "verzoek",
    "aanvraag",
    "bestelling",
    "order",
    "betaling",
    "afspraak",
    "afspraken",
    "wens",
    "wensen",
    "voorkeur*",
    "reservering",
    "contact",
    "bedrag",
    "geld",
    "vakantie",
    "verlof",
    "keuze",
    "storing",
    "schade*"
  ],
  useContext: [
    "gebruik*",
    "gebruikt",
    "bewaard",
    "bewaren",
    "verwijderd",
    "verwijderen",
    "gedeeld",
    "beluisterd",
    "teruggeluisterd",
    "terugluisteren",
    "pauzeren",
    "pauzeert",
    "gepauzeerd",
    "gestopt",
    "stoppen",
    "stopt",
    "gestart",
    "plaats",
    "geanalyseerd",
    "ingezet",
    "opgeslagen",
    "vernietigd",
    "overgedragen",
    "dragen",
    "uitgeschreven",
    "gepubliceerd",
    "bewaartermijn",
    "toegang"
  ],
  negations: ["niet", "nooit", "geen", "niets", "noch", "niemand", "nergens"],
  verbNegations: ["niet"],
  negationCancellers: ["alle", "alleen", "altijd", "elk", "elke", "ieder", "iedere", "enkel", "uitsluitend", "slechts", "dat", "wilt", "wil", "akkoord", "eens", "zeker"],
  scopeEnders: ["maar", "wel", "alleen", "uitsluitend", "enkel", "slechts", "behalve", "dan", "zodat", "omdat", "dat", "tenzij", "want", "echter", "doch", "integendeel"],
  conditionals: ["als", "indien", "wanneer", "mits", "tenzij", "zonder", "wilt", "wil", "willen", "wenst", "wensen", "toestemming", "bezwaar", "liever", "akkoord", "instemt", "instemmen"],
  introductions: ["u spreekt met", "mijn naam is", "ik ben", "u bent verbonden met"],
  menuVerbs: ["druk", "drukt", "toets", "kies", "zeg"],
  menuKeys: ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "nul", "hekje", "sterretje"],
  coordinators: ["en", "of", "alsmede", "evenals", "alsook", "respectievelijk"],
  clauseSubjects: ["wij", "we", "u", "ik", "zij", "ze", "gesprekken", "dit gesprek", "uw gesprek", "het gesprek", "alle gesprekken", "opnames", "onze medewerkers"],
  subordinators: ["dat", "zodat", "omdat", "om", "als", "indien", "wanneer", "tenzij", "waarna", "terwijl", "doordat", "opdat", "want", "maar", "waarbij", "die", "welke"],
  fillers: [
    "de",
    "het",
    "een",
    "van",
    "voor",
    "onze",
    "ons",
    "uw",
    "je",
    "jouw",
    "hun",
    "haar",
    "zijn",
    "te",
    "in",
    "op",
    "aan",
    "met",
    "bij",
    "door",
    "om",
    "ter",
    "ten",
    "tot",
    "eventuele",
    "eventueel",
    "deze",
    "dit",
    "die",
    "alle",
    "al",
    "eigen",
    "behoeve",
    "kunnen",
    "goed",
    "beter",
    "mogelijke",
    "mogelijk",
    "zo",
    "nieuwe",
    "nog",
    "er",
    "wij",
    "we",
    "u",
    "worden",
    "wordt",
    "kan",
    "hier",
    "daarvan",
    "hiervan"
  ],
  purposeHeads: ["doeleinden", "doeleinde", "doelen", "redenen", "doeleind"],
  compoundHeads: [
    "doeleinden",
    "doeleinde",
    "doelen",
    "redenen",
    "gesprekken",
    "gesprek",
    "procedures",
    "procedure",
    "afhandeling",
    "behandeling",
    "bestrijding",
    "preventie",
    "bewaking",
    "verbetering",
    "controle",
    "training",
    "trainingen",
    "analyse",
    "evaluatie",
    "beoordeling",
    "beoordelingen",
    "zaken",
    "beleid",
    "materiaal"
  ],
  purposes: [
    // A statement that recording is lawful, and a duty to inform, name no purpose (notice-reading.md §3).
    {
      stop: true,
      phrases: [
        // the data-protection law and a policy allow recording; a sector law that governs it is a duty
        "conform|volgens|overeenkomstig ..5 avg|privacywet*|privacy*|gegevensbescherming|beleid",
        "wettelijk toegestaan",
        "wettelijk verplicht ..5 informeren|melden|mededelen|wijzen|mee",
        "verplicht ..5 informeren|melden|mededelen|wijzen|mee"
      ]
    },
    { id: "legal-compliance", vague: true, phrases: ["auditdoel*", "audit doel*|redenen", "auditredenen"] },
    // ── quality-assurance ───────────────────────────────────────────────
    {
      id: "quality-assurance",
      vague: true,
      phrases: [
        "kwaliteitsdoel*",
        "monitoringdoel*",
        "monitoringsdoel*",
        "monitoring doel*|redenen",
        "kwaliteitsredenen",
        "kwaliteitsoverwegingen",
        "kwaliteit doel*|redenen",
        "kwaliteit !van|*bewaking|*controle",
        "kwaliteitsdoeleinde"
      ]
    },
    {
      id: "quality-assurance",
      phrases: [
        "kwaliteit*",
        "*kwaliteit",
        "kwaliteit van|der ..3 dienstverlening|service|*service|klantenservice|*contact|gesprek*|*gesprekken|advies|adviezen|*advies|hulp|*verlening|zorg|triage|werk|antwoorden|informatie|klantbediening|behandeling",
        "dienstverlening|service|klantenservice|*service|klantcontact|klantbediening|*verlening|serviceniveau|bereikbaarheid|hulpverlening|adviezen|advisering ...5 verbeter*|bewaken|bewaking|controleren|toetsen|meten|optimaliseren",
        "verbeter*|optimalis*|bewaking|bewaken|controle|toetsing|monitoring|monitoren ..4 dienstverlening|service|*service|klantenservice|klantcontact|klantbediening|*verlening|serviceniveau|kwaliteit|processen|werkwijze",
        "beter van dienst",
        "beter ..2 helpen",
        "klanttevredenheid*",
        "klantbeleving",
        "klantervaring",
        "monitoring",
        "meeluisteren ..3 kwaliteit",
        "servicekwaliteit",
        "evaluatie|evalueren|evaluaties ..3 dienstverlening|service|kwaliteit|klantcontact|werkwijze|processen",
        "gesprekskwaliteit"
      ]
    },
    // ── staff-training ──────────────────────────────────────────────────
    {
      id: "staff-training",
      phrases: [
        "training*",
        "*training",
        "*trainingen",
        "trainingsdoel*",
        "opleiding*",
        "*opleiding",
        "*opleidingen",
        "opleidingsdoel*",
        "instructie*",
        "coaching*",
        "*coaching",
        "coachen",
        "coachingsdoel*",
        "scholing*",
        "*scholing",
        "leerdoel*",
        "leermoment*",
        "leerdoeleinden",
        "onderwijsdoel*",
        "inwerken",
        "inwerktraject*",
        `${STAFF5} ...4 trainen|coachen|scholen|instrueren|opleiden|bijscholen|begeleiden|inwerken`,
        `${STAFF5} ...4 op te leiden`,
        `trainen|coachen|opleiden|scholen|instrueren|begeleiden ..3 ${STAFF5}`,
        "ontwikkeling ..3 medewerker*|personeel"
      ]
    },
    // ── employee-evaluation ─────────────────────────────────────────────
    {
      id: "employee-evaluation",
      phrases: [
        "evaluatie*",
        "*evaluatie",
        "*evaluaties",
        "beoordel*",
        "*beoordeling",
        "*beoordelingen",
        "functionering*",
        "functioneren ..3 medewerker*|personeel",
        `functioneren|prestaties|prestatie ..4 ${STAFF5}`,
        `${STAFF5} ...4 beoordelen|evalueren|beoordeeld|ge\xEBvalueerd|beoordeling|evaluatie`,
        "prestatie*",
        "prestatiemeting*",
        "personeelsbeoordeling*",
        "evalueren"
      ]
    },
    {
      id: "service-provision",
      phrases: [
        "beoordel*|behandel* ..3 aanvraag|claim|verzoek|schade*|declaratie*|aanmelding|dossier|uitkering*|vergoeding*",
        "medische|medisch beoordel*|inschatting|triage|zorg|behandeling",
        "ondersteuning|uitvoering|verlening ..3 zorg|behandeling|hulpverlening"
      ]
    },
    // ── evidence ─────────────────────────────────────────────────────────
    {
      id: "evidence",
      phrases: [
        "bewijs*",
        "*bewijs",
        "vast te leggen",
        "vastleggen|vastlegging van ..3 afspraak|afspraken|overeenkomst*|gemaakte|wat|uw|opdracht*|order*|instructie*|toezegging*",
        "afspraken|afspraak|overeenkomst*|toezegging* ...6 vastleggen|vastgelegd|bevestigen|vast",
        "bevestig* ..4 contract*|*contract|overeenkomst*|afspraak|afspraken|order*|bestelling*|opdracht*|aankoop|akkoord|aanvraag|aanmelding|overstap|abonnement*|verkoop|transactie*|instructie*",
        "ter bevestiging",
        "verificatie*",
        "verifi*",
        "geschil*",
        "*geschil*",
        "meningsverschil*",
        "misverstand*",
        "onduidelijkhe*",
        "onenigheid",
        "juridische ..2 claim*|procedure*|geschil*",
        "wat ..4 afgesproken|overeengekomen|toegezegd|gezegd|besproken",
        "controle ..3 opdracht*|order*|transactie*|aankoop|instructie*",
        "ter controle",
        "vastleggen ..3 gesprek*",
        "bewijsvoering",
        "bewijslast"
      ]
    },
    // ── complaint-handling ──────────────────────────────────────────────
    {
      id: "complaint-handling",
      phrases: [
        "klachtafhandeling*",
        "klachtenafhandeling*",
        "klachtbehandeling*",
        "klachtenbehandeling*",
        "klachtenprocedure*",
        "klachtdoel*",
        "klachtendoel*",
        "klachtenregeling",
        "klachtenmanagement",
        "klacht* ...5 afhandel*|afhandelen|behandel*|behandelen|onderzoek*|onderzoeken|oploss*|oplossen|opvolgen|beoordelen",
        "afhandel*|behandel*|onderzoek*|oploss*|onderzoeken|opvolging ..4 klacht*|bezwaar|bezwaren|*klacht|*klachten",
        "bij|ingeval|geval ..3 klacht*|*klacht|*klachten",
        "klachten|klacht ..2 van|over|naar aanleiding"
      ]
    },
    // ── legal-compliance ────────────────────────────────────────────────
    {
      id: "legal-compliance",
      phrases: [
        "wettelijk*",
        "=wet",
        "=wetten",
        "wetgeving",
        "*wetgeving",
        "regelgeving",
        "*regelgeving",
        "wetregelgeving",
        "wet ..3 verplicht*",
        "verplicht* ..3 wet*",
        "conform|volgens|krachtens|grond ..4 wet*|regelgeving|*regelgeving|*wet|mifid*|*richtlijn",
        "wettelijke ..2 verplichting*|plicht|eis*|taak|bewaarplicht",
        "compliance*",
        "nalev*",
        "toezichthouder*",
        "afm",
        "dnb",
        "mifid*",
        "wft",
        "verplicht ..4 op te nemen|vast te leggen",
        "regelgevend*",
        "voorschrift*",
        "juridische ..2 verplichting*"
      ]
    },
    // ── fraud-prevention ────────────────────────────────────────────────
    {
      id: "fraud-prevention",
      phrases: [
        "fraude*",
        "*fraude",
        "oplichting*",
        "misbruik*",
        "beveiliging*",
        "veiligheid",
        "veiligheidsredenen",
        "veiligheidsdoel*",
        "identiteitsfraude",
        "identiteitsdiefstal",
        "criminaliteit",
        "witwassen",
        "fraudepreventie",
        "fraudebestrijding",
        "oneigenlijk gebruik",
        "veiligheid ..3 uw|gegevens|rekening"
      ]
    },
    // ── staff-safety ────────────────────────────────────────────────────
    {
      id: "staff-safety",
      phrases: [
        `veiligheid|bescherming|welzijn ..4 ${STAFF5}`,
        `${STAFF5} ...4 beschermen|beschermd|bescherming|veilig`,
        `bescherm* ..4 ${STAFF5}`,
        "agressie*",
        "*agressie",
        "agressief",
        "agressieve",
        "bedreiging*",
        "*bedreiging",
        "bedreigend*",
        "dreigement*",
        "intimidatie",
        "geweld",
        "*geweld",
        "aangifte",
        "politie",
        "scheldpartij*",
        "uitschelden",
        "ongewenst ..2 gedrag",
        "grensoverschrijdend ..2 gedrag",
        "intimiderend*"
      ]
    },
    // ── troubleshooting ─────────────────────────────────────────────────
    {
      id: "troubleshooting",
      phrases: [
        "storing*",
        "*storing",
        "*storingen",
        "technische ..3 problemen|probleem|storing*|fout*|oorzaak|oorzaken|mankement*|klachten",
        "foutopsporing",
        "opsporen|oplossen|verhelpen ..3 fout*|storing*|problemen",
        "verbindingsproblemen",
        "lijnkwaliteit",
        "verbindingskwaliteit",
        "geluidskwaliteit",
        "spraakkwaliteit",
        "technisch* ..2 onderzoek"
      ]
    },
    { stop: true, phrases: ["storingsmelding*", "storingsnummer*", "storingslijn*", "storingsdienst*", "storingen ..2 melden"] },
    // ── speech-analytics ────────────────────────────────────────────────
    {
      id: "speech-analytics",
      phrases: [
        "spraakanalyse*",
        "*spraakanalyse",
        "analys*|analyseren|geanalyseerd|doorzocht|doorzoeken ...6 spraakherkenning|spraaktechnologie",
        "spraakherkenning|spraaktechnologie ...6 analys*|analyseren|geanalyseerd|doorzoeken|doorzocht|trefwoord*|onderwerp*",
        "spraakanalytics",
        "speech analytics",
        "gespreksanalyse*",
        "tekstanalyse*",
        "woordanalyse",
        "analyse*|geanalyseerd|analyseren|geanalyseerd ..4 trefwoord*|onderwerp*|inhoud|sleutelwoord*",
        "automatisch* ..3 geanalyseerd|analyse*",
        "geanalyseerd ..3 automatisch*",
        "trefwoord*",
        "sleutelwoord*",
        "omgezet ..3 tekst",
        "onderwerpen ...4 bellen|belt|gebeld",
        "waarover ..3 bellen|belt"
      ]
    },
    // ── emotion-recognition ─────────────────────────────────────────────
    {
      id: "emotion-recognition",
      phrases: [
        "emotie*",
        "*emotie",
        "*emoties",
        "emotioneel",
        "emotionele",
        "sentiment*",
        "*sentiment",
        "stemming",
        "gemoedstoestand",
        "gevoel*",
        "hoe ..5 voelen|voelt|voelde",
        "stemanalyse",
        "toon ..3 stem",
        "tevreden|boos|ge\xEFrriteerd ...3 klinkt|klinken"
      ]
    },
    // ── ai-training ─────────────────────────────────────────────────────
    {
      id: "ai-training",
      phrases: [
        `trainen|train*|getraind|verbeter*|ontwikkel*|finetun* ..4 ${AI_STRICT2}`,
        `training|trainen|train* ...8 ${AI_STRICT2}`,
        `${AI4} ...4 trainen|getraind|train*|verbeteren|ontwikkelen|leren|finetunen`,
        "ai training",
        "ai-training",
        `${AI_STRICT2} ...4 begrijpen|begrijpt|verstaan|verstaat|herkennen|herkent|slimmer|leren`,
        "machine learning",
        "machinaal leren",
        "zelflerende"
      ]
    },
    // ── marketing ───────────────────────────────────────────────────────
    {
      id: "marketing",
      phrases: [
        "marketing*",
        "*marketing",
        "marketingdoel*",
        "commerci*",
        "reclame*",
        "verkoopdoel*",
        "verkoopstrategie*",
        "salesdoel*",
        "marktonderzoek*",
        "direct marketing",
        "aanbiedingen",
        "profilering",
        "klantprofiel*"
      ]
    },
    // ── publication ─────────────────────────────────────────────────────
    {
      id: "publication",
      phrases: [
        "publice*",
        "gepubliceerd",
        "publicatie*",
        "openbaar ..2 gemaakt|maken",
        "openbaargemaakt",
        "uitgezonden",
        "uitzenden",
        "uitzending*",
        "*podcast*",
        "podcast*",
        "sociale media",
        "gedeeld ..4 buiten|derden|publiek|openbaar|website|media",
        "buiten ..4 organisatie|bedrijf ..2 gedeeld|verspreid|delen",
        "website ..3 geplaatst|gezet",
        "radio|televisie|tv ..3 uitgezonden|gebruikt"
      ]
    },
    // ── personal-use ────────────────────────────────────────────────────
    {
      id: "personal-use",
      phrases: ["persoonlijk ..2 gebruik", "persoonlijke ..2 doeleinden|archief", "eigen ..2 gebruik|administratie|archief", "priv\xE9gebruik", "priv\xE9 ..2 gebruik|doeleinden", "prive ..2 gebruik|doeleinden", "huiselijk gebruik"]
    },
    // ── service-provision ───────────────────────────────────────────────
    {
      id: "service-provision",
      vague: true,
      phrases: ["servicedoel*", "serviceredenen", "service doel*|redenen", "dienstverleningsdoel*", "voor|ten behoeve van ?onze|de dienstverlening !te|en|aan|verbeteren|van"]
    },
    {
      id: "service-provision",
      phrases: [
        "uitvoer*|afhandel*|verwerk*|behandel*|afhandelen|verwerken|uitvoeren ..3 uw|je ..2 verzoek|aanvraag|opdracht*|bestelling|vraag|vragen|order*|melding|claim|schade*|declaratie*|wens*|aanmelding|machtiging|wijziging*",
        "verzoek|aanvraag|opdracht*|bestelling|vraag|vragen|order*|melding|claim|wens*|aanmelding|wijziging* ...4 uitvoeren|voeren|uitgevoerd|afhandelen|handelen|verwerken|behandelen",
        "uitvoering ..3 overeenkomst|contract|opdracht*|verzoek|dienstverlening",
        "dienstverlening ..2 uitvoeren|voeren|leveren",
        "goed ..2 helpen",
        "van dienst ..2 zijn"
      ]
    },
    // ── vague phrases that name no purpose ──────────────────────────────
    {
      vague: true,
      phrases: [
        "interne doel*|redenen|doeleinde|gebruik|processen|toepassingen",
        "intern gebruik",
        "administratie*",
        "administratieve",
        "bedrijfsdoel*",
        "bedrijfsvoering",
        "diverse|verschillende|overige|andere|allerlei doel*",
        "bedrijfsmatige|bedrijfsinterne ..2 doel*|redenen",
        "operationele doel*|redenen",
        "archiefdoel*",
        "archivering*",
        "registratiedoel*"
      ]
    }
  ],
  canonical: {
    "quality-assurance": "kwaliteitsbewaking",
    "staff-training": "training van onze medewerkers",
    "employee-evaluation": "beoordeling van onze medewerkers",
    evidence: "bewijsvoering",
    "complaint-handling": "klachtafhandeling",
    "legal-compliance": "het nakomen van wettelijke verplichtingen",
    "fraud-prevention": "fraudepreventie",
    "staff-safety": "de veiligheid van onze medewerkers",
    troubleshooting: "het opsporen van technische storingen",
    "speech-analytics": "spraakanalyse",
    "emotion-recognition": "emotieherkenning",
    "ai-training": "het trainen van AI-modellen",
    marketing: "marketingdoeleinden",
    "service-provision": "het uitvoeren van uw verzoek",
    publication: "publicatie",
    "personal-use": "strikt persoonlijk gebruik"
  }
};

// server/src/core/notice/lang/nl/stem.ts
function stemNl(w) {
  if (w.length <= 3) return w;
  if (w.endsWith("en") && w.length > 4) w = undouble(w.slice(0, -2), "");
  else if (w.endsWith("s") && !w.endsWith("ss") && w.length > 4) w = w.slice(0, -1);
  if (w.endsWith("e") && w.length > 3) w = w.slice(0, -1);
  return w;
}

// server/src/core/notice/lang/nl/index.ts
var nl2 = definePack({
  code: "nl",
  name: "Dutch",
  stem: stemNl,
  lexicon: nl,
  fixWords: { for: "voor", and: "en" },
  example: "Dit gesprek wordt opgenomen.",
  // "toestemming", "instemming", "bestemming", "overeenstemming" are no moods; "vermelding" is no melding compound.
  compounds: {
    prefixes: ["be", "ge", "ver", "ont", "her", "er", "toe", "op", "af", "aan", "in", "uit", "mee", "door", "over", "overeen", "onder", "om", "voor", "na", "weg", "terug", "bij", "tegen", "on"]
  },
  legalForms: ["B.V.", "N.V.", "V.O.F.", "C.V.", "U.A."]
});

// server/src/core/notice/lang/registry.ts
var PACKS = [nl2, en2, de2, fr2, es2];
var NOTICE_LANGS = PACKS.map((p) => p.code);
var BY_CODE = new Map(PACKS.map((p) => [p.code, p]));
function isNoticeLang(s) {
  return BY_CODE.has(s);
}
function packOf(lang) {
  return BY_CODE.get(lang);
}
function packFor(code) {
  return BY_CODE.get(code.toLowerCase().split("-")[0]);
}

// server/src/core/notice/lang/windows.ts
var DEFAULT_WINDOWS = Object.freeze({
  clauseReach: 30,
  clauseFinalNegation: 5,
  cancellerReach: 2,
  preCancellerReach: 4,
  quantifierOffsets: [2],
  negationPairReach: 4,
  verbNegationReach: 1,
  nonCallReach: 4,
  menuKeyReach: 3,
  listItemWords: 2,
  listItems: 6,
  ellipsisReach: 8
});

// server/src/core/notice/normalise.ts
function fold(s) {
  let out = s.toLowerCase();
  if (/^[\x00-\x7f]*$/.test(out)) return out;
  out = out.normalize("NFD").replace(new RegExp("\\p{M}+", "gu"), "");
  return out.replace(/ß/g, "ss").replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/ø/g, "o").replace(/ı/g, "i");
}
function stem(lang, folded) {
  return packOf(lang).stem(folded);
}

// server/src/core/notice/lang/compounds.ts
function isBarePrefix(rules, modifier) {
  if (modifier.length === 0) return false;
  const n = modifier.length;
  const ok = new Uint8Array(n + 1);
  ok[0] = 1;
  for (let i = 0; i < n; i++) {
    if (!ok[i]) continue;
    for (const p of rules.prefixes) if (p.length > 0 && modifier.startsWith(p, i)) ok[i + p.length] = 1;
  }
  return ok[n] === 1;
}
var tests = /* @__PURE__ */ new WeakMap();
function modifierTest(pack) {
  if (tests.has(pack)) return tests.get(pack);
  const test = makeTest(pack.compounds);
  tests.set(pack, test);
  return test;
}
function makeTest(rules) {
  if (!rules || rules.prefixes.length === 0) return void 0;
  const memo2 = /* @__PURE__ */ new Map();
  return (modifier) => {
    let r = memo2.get(modifier);
    if (r === void 0) {
      r = !isBarePrefix(rules, modifier);
      if (memo2.size < 4096) memo2.set(modifier, r);
    }
    return r;
  };
}

// server/src/core/notice/pattern.ts
var PhraseError = class extends Error {
};
function compileAlt(lang, raw) {
  const exact = raw.startsWith("=");
  if (exact) raw = raw.slice(1);
  const pre = raw.startsWith("*");
  const post = raw.endsWith("*") && raw.length > 1;
  const text = fold(raw.replace(/^\*/, "").replace(/\*$/, ""));
  if (!text || /[*|?!.=]/.test(text)) throw new PhraseError(`bad word "${raw}"`);
  const kind = exact ? "exact" : pre && post ? "infix" : pre ? "suffix" : post ? "prefix" : "word";
  const alt = { kind, text, key: kind === "word" ? stem(lang, text) : text };
  if (kind === "suffix" || kind === "infix") {
    const m = modifierTest(packOf(lang));
    if (m) alt.modifier = m;
  }
  return alt;
}
function compilePhrase(lang, source, data) {
  for (const raw of source.trim().split(/\s+/)) {
    if (raw.includes("|") && /[-‐‑]/.test(raw)) throw new PhraseError(`a hyphenated word cannot be an alternative: "${source}"`);
  }
  const parts = source.replace(/[’'`´ʼ]/g, " ").replace(new RegExp("(\\p{L})[-\u2010\u2011](?=\\p{L})", "gu"), "$1 ").trim().split(/\s+/).filter((p) => p.length > 0);
  const elems = [];
  let specificity = 0;
  for (const p of parts) {
    const gap = /^\.\.(\.)?(\d+)?$/.exec(p);
    if (gap) {
      elems.push({ type: "gap", max: gap[2] ? Number(gap[2]) : gap[1] ? 6 : 3 });
      continue;
    }
    let body = p;
    let optional = false;
    let negative = false;
    if (body.startsWith("?")) {
      optional = true;
      body = body.slice(1);
    } else if (body.startsWith("!")) {
      negative = true;
      body = body.slice(1);
    }
    const alts = body.split("|").filter((a) => a.length > 0).map((a) => compileAlt(lang, a));
    if (alts.length === 0) throw new PhraseError(`empty element in "${source}"`);
    if (!optional && !negative) specificity += Math.min(...alts.map((a) => a.text.length)) + (alts.every((a) => a.kind === "word" || a.kind === "exact") ? 1 : 0);
    elems.push({ type: "tok", alts, optional, negative });
  }
  const e0 = elems[0];
  if (!e0 || e0.type !== "tok" || e0.optional || e0.negative) {
    throw new PhraseError(`phrase must start with a plain word: "${source}"`);
  }
  const last = elems[elems.length - 1];
  if (last.type === "gap") throw new PhraseError(`phrase must not end with a gap: "${source}"`);
  return { source, elems, specificity, data };
}
function altMatches(a, t) {
  switch (a.kind) {
    case "word":
      return t.stem === a.key || t.norm === a.text;
    case "exact":
      return t.norm === a.text;
    case "prefix":
      return t.norm.startsWith(a.text);
    case "suffix":
      return t.norm.endsWith(a.text) && (!a.modifier || a.modifier(t.norm.slice(0, t.norm.length - a.text.length)));
    case "infix": {
      const at = t.norm.indexOf(a.text);
      if (at < 0) return false;
      if (!a.modifier || a.modifier(t.norm.slice(0, at))) return true;
      for (let k = t.norm.indexOf(a.text, at + 1); k >= 0; k = t.norm.indexOf(a.text, k + 1)) if (a.modifier(t.norm.slice(0, k))) return true;
      return false;
    }
  }
}
function elemMatches(alts, t) {
  if (!t || t.kind !== "word") return false;
  for (const a of alts) if (altMatches(a, t)) return true;
  return false;
}
var PhraseSet = class {
  constructor(lang) {
    this.lang = lang;
  }
  lang;
  byKey = /* @__PURE__ */ new Map();
  byPrefix = /* @__PURE__ */ new Map();
  scanned = [];
  phrases = [];
  index = /* @__PURE__ */ new Map();
  marks = new Uint32Array(0);
  stamp = 0;
  add(source, data) {
    const p = compilePhrase(this.lang, source, data);
    this.index.set(p, this.phrases.length);
    this.phrases.push(p);
    this.marks = new Uint32Array(this.phrases.length);
    const e0 = p.elems[0];
    if (e0.type !== "tok") return;
    const seen = /* @__PURE__ */ new Set();
    let scanned = false;
    for (const a of e0.alts) {
      if (a.kind === "exact") {
        if (!seen.has("n:" + a.text)) {
          seen.add("n:" + a.text);
          push(this.byKey, a.text, p);
        }
      } else if (a.kind === "word") {
        const k = "k:" + a.key;
        if (!seen.has(k)) {
          seen.add(k);
          push(this.byKey, a.key, p);
        }
        const n = "n:" + a.text;
        if (a.text !== a.key && !seen.has(n)) {
          seen.add(n);
          push(this.byKey, a.text, p);
        }
      } else if (a.kind === "prefix" && a.text.length >= 2) {
        const k = "p:" + a.text.slice(0, 2);
        if (!seen.has(k)) {
          seen.add(k);
          push(this.byPrefix, a.text.slice(0, 2), p);
        }
      } else {
        scanned = true;
      }
    }
    if (scanned) this.scanned.push(p);
  }
  /** The phrases whose first word may match token t, each once. */
  candidates(t) {
    const out = [];
    if (++this.stamp === 4294967295) {
      this.marks.fill(0);
      this.stamp = 1;
    }
    const add = (list) => {
      if (!list) return;
      for (const p of list) {
        const k = this.index.get(p) ?? 0;
        if (this.marks[k] !== this.stamp) {
          this.marks[k] = this.stamp;
          out.push(p);
        }
      }
    };
    add(this.byKey.get(t.stem));
    if (t.norm !== t.stem) add(this.byKey.get(t.norm));
    add(this.byPrefix.get(t.norm.slice(0, 2)));
    add(this.scanned);
    return out;
  }
  /** Per token: whether some phrase of this set covers it (all tokens of each match). */
  cover(ctx) {
    const out = new Uint8Array(ctx.tokens.length);
    for (const m of this.matchRange(ctx, 0, ctx.tokens.length)) for (let k = m.first; k <= m.end; k++) out[k] = 1;
    return out;
  }
  /** All matches starting at token i (at most one per phrase: the shortest). */
  matchAt(ctx, i) {
    const t = ctx.tokens[i];
    if (!t || t.kind !== "word") return [];
    const out = [];
    for (const p of this.candidates(t)) {
      const e0 = p.elems[0];
      if (e0.type !== "tok" || !elemMatches(e0.alts, t)) continue;
      const m = matchPhrase(ctx, p, i);
      if (m) out.push(m);
    }
    return out;
  }
  /** All matches anywhere in [from, to). */
  matchRange(ctx, from, to) {
    const out = [];
    for (let i = from; i < to; i++) for (const m of this.matchAt(ctx, i)) out.push(m);
    return out;
  }
  /** Whether token i is matched by a one-word phrase of this set. */
  has(ctx, i) {
    const t = ctx.tokens[i];
    if (!t || t.kind !== "word") return false;
    for (const p of this.candidates(t)) {
      const e0 = p.elems[0];
      if (e0.type === "tok" && elemMatches(e0.alts, t) && matchPhrase(ctx, p, i)) return true;
    }
    return false;
  }
};
function push(m, k, v) {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}
var MAX_STEPS = 2e3;
function matchPhrase(ctx, p, start2) {
  const toks = ctx.tokens;
  const st = { matched: [], linkedAt: -1 };
  let steps = 0;
  const rec = (ei, ti) => {
    if (++steps > MAX_STEPS) return -1;
    if (ei === p.elems.length) return ti;
    const e = p.elems[ei];
    if (e.type === "gap") {
      let j = ti;
      for (let k = 0; k <= e.max; k++) {
        if (k > 0) {
          const g = toks[j];
          if (!g || g.kind === "stop") break;
          j++;
        }
        const r = rec(ei + 1, j);
        if (r >= 0) return r;
      }
      return -1;
    }
    if (e.negative) {
      return elemMatches(e.alts, toks[ti]) ? -1 : rec(ei + 1, ti);
    }
    if (elemMatches(e.alts, toks[ti])) {
      st.matched.push(ti);
      const r = rec(ei + 1, ti + 1);
      if (r >= 0) return r;
      const head = ctx.links.get(ti);
      if (head !== void 0 && st.linkedAt < 0) {
        st.linkedAt = ti;
        const r2 = rec(ei + 1, head);
        if (r2 >= 0) return r2;
        st.linkedAt = -1;
      }
      st.matched.pop();
    }
    if (e.optional) return rec(ei + 1, ti);
    return -1;
  };
  const endNext = rec(0, start2);
  if (endNext < 0 || st.matched.length === 0) return void 0;
  const last = st.linkedAt >= 0 ? st.linkedAt : st.matched[st.matched.length - 1];
  let tight = st.linkedAt < 0;
  if (tight) {
    const inMatch = new Set(st.matched);
    for (let k = start2; k <= last; k++) {
      if (inMatch.has(k)) continue;
      const g = toks[k];
      if (g.kind !== "word" || !ctx.isFiller(g)) {
        tight = false;
        break;
      }
    }
  }
  return { phrase: p, first: start2, last, end: st.matched[st.matched.length - 1], tight };
}

// server/src/core/notice/compiled.ts
var cache = /* @__PURE__ */ new Map();
function words(list) {
  return new Set(list.map((w) => fold(w)));
}
function set(lang, list) {
  const s = new PhraseSet(lang);
  for (const p of list) s.add(p, null);
  return s;
}
function compiledLexicon(lang) {
  const hit = cache.get(lang);
  if (hit) return hit;
  const pack = packOf(lang);
  const lex = pack.lexicon;
  const purposes = new PhraseSet(lang);
  for (const rule of lex.purposes) {
    for (const p of rule.phrases) {
      purposes.add(p, { id: rule.stop ? void 0 : rule.id, vague: !rule.stop && rule.vague === true, stop: rule.stop === true, bonus: 0 });
    }
  }
  const recording = new PhraseSet(lang);
  for (const p of lex.recording) recording.add(p, "strong");
  for (const p of lex.recordingWeak) recording.add(p, "weak");
  for (const p of lex.listening ?? []) recording.add(p, "listen");
  const c = {
    lex,
    windows: { ...DEFAULT_WINDOWS, ...pack.windows },
    purposes,
    recording,
    notRecording: set(lang, lex.notRecording),
    callNouns: set(lang, lex.callNouns),
    notCallNouns: set(lang, lex.notCallNouns),
    useContext: set(lang, lex.useContext),
    purposeHeads: set(lang, lex.purposeHeads),
    negations: words(lex.negations),
    cancellers: words(lex.negationCancellers),
    preCancellers: words(lex.negationPreCancellers ?? []),
    quantifiers: words(lex.negationQuantifiers ?? []),
    verbNegations: words(lex.verbNegations ?? []),
    menuVerbs: words(lex.menuVerbs ?? []),
    introductions: set(lang, lex.introductions ?? []),
    menuKeys: words(lex.menuKeys ?? []),
    scopeEnders: words(lex.scopeEnders),
    conditionals: words(lex.conditionals),
    coordinators: words(lex.coordinators),
    clauseSubjects: set(lang, lex.clauseSubjects),
    subordinators: words(lex.subordinators),
    fillers: words(lex.fillers)
  };
  cache.set(lang, c);
  return c;
}
function compileExtra(lang, extra) {
  if (!extra) return void 0;
  const s = new PhraseSet(lang);
  let n = 0;
  for (const id of Object.keys(extra)) {
    const list = extra[id];
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      if (typeof raw !== "string") continue;
      const ws = fold(raw).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0).slice(0, 12);
      if (ws.length === 0) continue;
      const elems = ws.map((w, i) => i === ws.length - 1 && w.length >= 5 ? `${w}|${w}*` : w);
      try {
        s.add(elems.join(" .. "), { id, vague: false, stop: false, bonus: 1e3 });
        n++;
      } catch {
      }
    }
  }
  return n > 0 ? s : void 0;
}

// server/src/core/notice/negation.ts
function cancelledNegations(toks, c) {
  const n = toks.length;
  const negCancelled = new Uint8Array(n);
  const { cancellerReach, preCancellerReach, quantifierOffsets, negationPairReach } = c.windows;
  for (let i = 0; i < n; i++) {
    if (toks[i].kind !== "word" || !c.negations.has(toks[i].surface)) continue;
    let cancelled = false;
    for (let k = i + 1; k <= i + cancellerReach && k < n; k++) {
      if (toks[k].kind !== "word") break;
      if (c.cancellers.has(toks[k].surface)) cancelled = true;
      if (!c.negations.has(toks[k].surface)) break;
    }
    for (let k = i - 1; k >= Math.max(0, i - preCancellerReach) && !cancelled && toks[k].kind === "word"; k--) {
      if (c.preCancellers.has(toks[k].surface)) cancelled = true;
    }
    for (const off of quantifierOffsets) {
      const q = i + off;
      if (!cancelled && q < n && toks.slice(i + 1, q + 1).every((t) => t.kind === "word") && c.quantifiers.has(toks[q].surface)) cancelled = true;
    }
    if (cancelled) negCancelled[i] = 1;
  }
  for (let i = 0; i < n; i++) {
    if (!negCancelled[i]) continue;
    for (let k = Math.max(0, i - negationPairReach); k <= Math.min(n - 1, i + negationPairReach); k++) {
      if (toks[k].kind === "word" && c.negations.has(toks[k].surface) && (k < i ? toks.slice(k, i) : toks.slice(i, k)).every((t) => t.kind === "word")) negCancelled[k] = 1;
    }
  }
  return negCancelled;
}
function findNegation(toks, c) {
  const n = toks.length;
  const negActive = new Uint8Array(n);
  const negScope = new Uint8Array(n);
  const negCancelled = cancelledNegations(toks, c);
  let on = false;
  let negAt = -1;
  let verbNeg = false;
  const plain = { tokens: toks, links: /* @__PURE__ */ new Map(), isFiller: () => false };
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (t.kind === "stop") {
      on = false;
      continue;
    }
    if (t.kind === "comma") {
      if (isWordIn(toks, i + 1, c.coordinators)) on = false;
      continue;
    }
    if (c.scopeEnders.has(t.surface) && !(on && negAt === i - 1)) on = false;
    if (on && c.coordinators.has(t.surface) && i + 1 < n && c.clauseSubjects.has(plain, i + 1)) on = false;
    if (on && verbNeg && c.coordinators.has(t.surface) && i - negAt - 1 <= c.windows.verbNegationReach) on = false;
    if (c.negations.has(t.surface)) {
      if (!negCancelled[i]) {
        negActive[i] = 1;
        on = true;
        negAt = i;
        verbNeg = c.verbNegations.has(t.surface);
      }
    }
    if (on) negScope[i] = 1;
  }
  return { negActive, negScope };
}

// server/src/core/notice/purpose-match.ts
var MAX_MATCH_TOKENS = 64;
function isContent(toks, c, j) {
  const t = toks[j];
  return t.kind === "word" && !t.ellipsis && !c.fillers.has(t.surface) && !c.coordinators.has(t.surface) && !c.negations.has(t.surface) && !c.subordinators.has(t.surface);
}
function listLinks(toks, c, baseCtx) {
  const n = toks.length;
  const links = /* @__PURE__ */ new Map();
  const { listItemWords, listItems } = c.windows;
  if (c.lex.purposeHeads.length > 0) {
    for (let h = 0; h < n; h++) {
      if (toks[h].kind !== "word" || !c.purposeHeads.has(baseCtx, h)) continue;
      let j = h - 1;
      let chunk = 0;
      while (j >= 0 && chunk < listItemWords && isContent(toks, c, j)) {
        j--;
        chunk++;
      }
      if (chunk === 0) continue;
      for (let items = 0; items < listItems; items++) {
        let sep4 = false;
        while (j >= 0 && (toks[j].kind === "comma" || isWordIn(toks, j, c.coordinators))) {
          j--;
          sep4 = true;
        }
        if (!sep4 || j < 0 || !isContent(toks, c, j)) break;
        links.set(j, h);
        chunk = 0;
        while (j >= 0 && chunk < listItemWords && isContent(toks, c, j)) {
          j--;
          chunk++;
        }
      }
    }
  }
  return links;
}
function priority(m) {
  return m.phrase.specificity + m.phrase.data.bonus;
}
function resolve(matches) {
  const tightByFirst = /* @__PURE__ */ new Map();
  for (const m of matches) {
    if (!m.tight && !m.phrase.data.stop) continue;
    const l = tightByFirst.get(m.first);
    if (l) l.push(m);
    else tightByFirst.set(m.first, [m]);
  }
  const out = [];
  for (const m of matches) {
    let hidden = false;
    for (let f = m.end; f >= m.first - MAX_MATCH_TOKENS && f >= 0 && !hidden; f--) {
      for (const t of tightByFirst.get(f) ?? []) {
        if (t === m) continue;
        const contains = t.first <= m.first && t.last >= m.last;
        if (!t.tight && !contains) continue;
        if (contains) {
          const equal = t.first === m.first && t.last === m.last;
          if (!equal || priority(t) > priority(m)) {
            hidden = true;
            break;
          }
        }
        if (!m.tight && t.last > t.first && t.first <= m.first && m.first <= t.last && t.phrase.data.id !== m.phrase.data.id) {
          hidden = true;
          break;
        }
        if (!m.tight && t.phrase.data.id !== void 0 && t.phrase.data.id === m.phrase.data.id && t.first <= m.end && t.last >= m.first) {
          hidden = true;
          break;
        }
      }
    }
    if (!hidden) out.push(m);
  }
  return out;
}
function menuSentences(toks, c, sentStart) {
  const n = toks.length;
  const menus = /* @__PURE__ */ new Set();
  for (let i = 0; i < n; i++) {
    if (toks[i].kind !== "word" || !c.menuVerbs.has(toks[i].surface)) continue;
    for (let k = i + 1; k <= i + c.windows.menuKeyReach && k < n && toks[k].kind === "word"; k++) {
      if (/^\d+$/.test(toks[k].surface) || c.menuKeys.has(toks[k].surface)) menus.add(sentStart[i]);
    }
  }
  return menus;
}
function introductionSentences(c, ctx, sentStart) {
  const out = /* @__PURE__ */ new Set();
  for (const m of c.introductions.matchRange(ctx, 0, ctx.tokens.length)) out.add(sentStart[m.first]);
  return out;
}
function findPurposes(text, lang, options, toks, c, ctx, sentStart, neg, recSentences, result) {
  const n = toks.length;
  const { negActive, negScope } = neg;
  const matches = c.purposes.matchRange(ctx, 0, n);
  const extra = compileExtra(lang, options?.extraPhrases);
  if (extra) for (const m of extra.matchRange(ctx, 0, n)) matches.push(m);
  const kept = resolve(matches);
  const menus = menuSentences(toks, c, sentStart);
  for (const s of introductionSentences(c, ctx, sentStart)) menus.add(s);
  const live = kept.filter((m) => {
    if (m.phrase.data.stop) return false;
    if (menus.has(sentStart[m.first]) && !recSentences.has(sentStart[m.first])) return false;
    if (negScope[m.first]) return false;
    for (let k = m.first; k <= m.end; k++) if (negActive[k]) return false;
    return true;
  });
  live.sort((x, y) => x.first - y.first || y.last - x.last);
  const seen = /* @__PURE__ */ new Set();
  const seenVague = /* @__PURE__ */ new Set();
  for (const m of live) {
    const d = m.phrase.data;
    const start2 = toks[m.first].start;
    const end = toks[m.last].end;
    const phraseText = text.slice(start2, end);
    if (d.id !== void 0 && !seen.has(d.id)) {
      seen.add(d.id);
      const pm = { id: d.id, text: phraseText, start: start2, end, vague: d.vague };
      result.purposes.push(pm);
    }
    if (d.vague) {
      const key = `${d.id ?? ""}@${start2}:${end}`;
      if (!seenVague.has(key)) {
        seenVague.add(key);
        const vp = { text: phraseText, start: start2, end };
        if (d.id !== void 0) vp.id = d.id;
        result.vaguePhrases.push(vp);
      }
    }
  }
  result.vague = result.vaguePhrases.length > 0;
}

// server/src/core/notice/recording.ts
function findRecording(toks, c, baseCtx, clauses, neg) {
  const n = toks.length;
  const { sentStart, segStart, segEnd } = clauses;
  const { negActive } = neg;
  const { clauseReach, clauseFinalNegation, nonCallReach } = c.windows;
  const notRec = new Uint8Array(n);
  for (const m of c.notRecording.matchRange(baseCtx, 0, n)) for (let k = m.first; k <= m.end; k++) notRec[k] = 1;
  const isCall = c.callNouns.cover(baseCtx);
  const isNotCall = c.notCallNouns.cover(baseCtx);
  const isUse = c.useContext.cover(baseCtx);
  let positive;
  let denial;
  let listened = false;
  const recSentences = /* @__PURE__ */ new Set();
  const isRec = new Uint8Array(n);
  const found = c.recording.matchRange(baseCtx, 0, n).filter((r) => {
    for (let k = r.first; k <= r.end; k++) if (notRec[k]) return false;
    return true;
  });
  for (const r of found) {
    recSentences.add(sentStart[r.first]);
    for (let k = r.first; k <= r.end; k++) isRec[k] = 1;
  }
  for (const r of found) {
    const a = Math.max(segStart[r.first], r.first - clauseReach);
    const b = Math.min(Math.max(segEnd[r.end], r.end), r.end + clauseReach);
    let hasCall = false;
    for (let k = a; k <= b && !hasCall; k++) hasCall = isCall[k] === 1;
    if (!hasCall) {
      let nonCall = false;
      for (let k = a; k < r.first && !nonCall; k++) nonCall = isNotCall[k] === 1;
      for (let k = r.end + 1; k <= Math.min(b, r.end + nonCallReach) && !nonCall; k++) nonCall = isNotCall[k] === 1;
      if (nonCall) continue;
      if (r.phrase.data === "weak") {
        let used = false;
        for (let k = a; k <= b && !used; k++) if (k < r.first || k > r.end) used = isUse[k] === 1;
        if (!used) continue;
      }
    }
    let negAt = -1;
    for (let k = a; k <= r.end; k++) {
      if (negActive[k] && !contrastive(toks, c, r.first, k)) {
        negAt = k;
        break;
      }
    }
    if (negAt < 0 && neg.negScope[r.first]) {
      for (let k = r.first - 1; k >= sentStart[r.first]; k--) {
        if (negActive[k]) {
          negAt = k;
          break;
        }
        if (!isRec[k] && toks[k].kind !== "comma" && !isWordIn(toks, k, c.coordinators)) break;
      }
    }
    for (let k = negAt + 1; negAt >= 0 && k < r.first; k++) if (isUse[k]) negAt = -2;
    if (negAt === -2) continue;
    if (negAt < 0) {
      for (let k = r.end + 1; k <= r.end + clauseFinalNegation && k < n && toks[k].kind === "word"; k++) {
        if (negActive[k] && (k + 1 >= n || toks[k + 1].kind !== "word")) negAt = k;
      }
    }
    if (r.phrase.data === "listen") {
      if (negAt < 0) listened = true;
      continue;
    }
    if (negAt >= 0) {
      let conditional = false;
      const from = Math.max(sentStart[r.first], r.first - 2 * clauseReach);
      for (let k = from; k < n && k <= r.end + 2 * clauseReach && toks[k].kind !== "stop" && !conditional; k++) conditional = isWordIn(toks, k, c.conditionals);
      const prevStop = sentStart[r.first] - 1;
      if (!conditional) conditional = isQuestion(toks, r.end) || prevStop > 0 && isQuestion(toks, prevStop) && recSentences.has(sentStart[prevStop - 1]);
      if (!conditional && (!denial || negAt < denial.first)) denial = { first: Math.min(negAt, r.first), last: Math.max(r.end, negAt) };
      else if (conditional && (!positive || r.first < positive.first)) positive = r;
    } else if (!positive || r.first < positive.first) {
      positive = r;
    }
  }
  return { positive, denial, recSentences, listened };
}
function isQuestion(toks, i) {
  if (i < 0) return false;
  for (let k = i; k < toks.length; k++) if (toks[k].kind === "stop") return toks[k].surface.includes("?");
  return false;
}
function contrastive(toks, c, recFirst, k) {
  if (isWordIn(toks, k + 1, c.scopeEnders)) return true;
  if (k <= recFirst) return false;
  for (let j = recFirst + 1; j < k; j++) if (toks[j].kind === "comma") return true;
  return false;
}

// server/src/core/notice/tokens.ts
var TOKEN_RE = /([\p{L}\p{N}][\p{L}\p{N}\p{M}]*)|([.!?;:…]+)|(,)|([-‐‑–—])|(\n[ \t]*\r?\n)|(['’ʼ`´])/gu;
function sharedHead(word, heads) {
  let best = "";
  for (const h of heads) {
    if (h.length > best.length && word.length > h.length && word.endsWith(h)) best = h;
  }
  return best || word;
}
function tokenize(text, lang, rules) {
  const { compoundHeads, coordinators, ellipsisReach } = rules;
  const mask = rules.mask ?? [];
  let mi = 0;
  const toks = [];
  TOKEN_RE.lastIndex = 0;
  let m;
  let pendingJoin = false;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const start2 = m.index;
    const end = start2 + m[0].length;
    while (mi < mask.length && mask[mi].end <= start2) mi++;
    const ms = mask[mi];
    if (ms !== void 0 && end > ms.start) {
      toks.push({ kind: "word", start: Math.min(start2, ms.start), end: ms.end, norm: "", stem: "", surface: "", masked: true });
      TOKEN_RE.lastIndex = Math.max(ms.end, end);
      pendingJoin = false;
      mi++;
      continue;
    }
    if (m[1] !== void 0) {
      const f = fold(m[1]);
      const t = { kind: "word", start: start2, end, norm: f, stem: stem(lang, f), surface: f };
      if (pendingJoin) {
        const prev = toks[toks.length - 1];
        if (prev && prev.kind === "word" && prev.end === start2 - 1) t.joined = true;
      }
      pendingJoin = false;
      toks.push(t);
    } else if (m[2] !== void 0) {
      pendingJoin = false;
      if (m[0] === "." && /\d/.test(text[start2 - 1] ?? "") && /\d/.test(text[end] ?? "")) continue;
      toks.push({ kind: "stop", start: start2, end, norm: m[0], stem: m[0], surface: m[0] });
    } else if (m[3] !== void 0) {
      pendingJoin = false;
      toks.push({ kind: "comma", start: start2, end, norm: ",", stem: ",", surface: "," });
    } else if (m[4] !== void 0) {
      const prev = toks[toks.length - 1];
      const before = text[start2 - 1] ?? " ";
      const after = text[end] ?? " ";
      const prevAdjacent = prev !== void 0 && prev.kind === "word" && prev.end === start2;
      if (prevAdjacent && /[\p{L}\p{N}]/u.test(after)) {
        pendingJoin = true;
      } else if (prevAdjacent && (/\s/.test(after) || after === "," || end === text.length)) {
        prev.end = end;
        prev.ellipsis = true;
        pendingJoin = false;
      } else {
        pendingJoin = false;
        if (/\s/.test(before) || /\s/.test(after)) toks.push({ kind: "comma", start: start2, end, norm: ",", stem: ",", surface: "," });
      }
    } else if (m[5] !== void 0) {
      pendingJoin = false;
      toks.push({ kind: "stop", start: start2, end, norm: "\n", stem: "\n", surface: "\n" });
    } else {
      pendingJoin = false;
    }
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.ellipsis) continue;
    let j = i + 1;
    let steps = 0;
    while (j < toks.length && steps < ellipsisReach) {
      const u = toks[j];
      if (u.kind === "comma" || u.kind === "word" && (u.ellipsis || coordinators.has(u.norm))) {
        j++;
        steps++;
        continue;
      }
      break;
    }
    const head = toks[j];
    if (j > i + 1 && head && head.kind === "word") {
      const h = sharedHead(head.norm, compoundHeads);
      t.norm = t.surface + h;
      t.stem = stem(lang, t.norm);
    }
  }
  return toks;
}

// server/src/core/notice/mask.ts
var OTHER_LEGAL_FORMS = ["S.p.A.", "S.r.l.", "A/S", "ApS", "AB", "Oy", "Oyj", "AS", "ASA", "Sp. z o.o.", "S.\xE0 r.l.", "SE"];
function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function formPattern(form) {
  const written = escape(form.trim()).replace(/\s+/g, "\\s?");
  const letters = form.replace(/[.\s]/g, "");
  if (!new RegExp("^\\p{L}+$", "u").test(letters) || letters.length > 5) return written;
  const dotted = [...letters].map(escape).join("\\.\\s?") + "\\.";
  const alts = [written, dotted, escape(letters), escape(letters.toUpperCase())];
  return `(?:${[...new Set(alts)].join("|")})`;
}
var CAP_WORD = "\\p{Lu}[\\p{L}\\p{N}'\u2019&-]*";
var compiled = /* @__PURE__ */ new Map();
var COMPILED_LIMIT = 256;
function cached(key, make) {
  if (compiled.has(key)) return compiled.get(key);
  if (compiled.size >= COMPILED_LIMIT) compiled.clear();
  const re = make();
  compiled.set(key, re);
  return re;
}
function organisationRe(legalForms, joiners) {
  const forms = [...new Set(legalForms)].filter((f) => f.trim().length > 0);
  if (forms.length === 0) return void 0;
  forms.sort((a, b) => b.length - a.length);
  const alt = forms.map(formPattern).join("|");
  const join7 = ["&", ...joiners.filter((j) => new RegExp("^\\p{Ll}+$", "u").test(j))].map(escape).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}])${CAP_WORD}(?:\\s+(?:(?:${join7})\\s+)?${CAP_WORD})${"{0,3}"},?\\s+(?:${alt})(?![\\p{L}\\p{N}])`, "gu");
}
var URL_RE = new RegExp("(?<![\\p{L}\\p{N}@.])(?:https?:\\/\\/|www\\.)[^\\s,;]+|(?<![\\p{L}\\p{N}@.-])[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{Ll}{2,}(?:\\/[^\\s,;]*)?(?![\\p{L}\\p{N}@])", "gu");
var EMAIL_RE = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
var PHONE_RE = /(?<![\p{L}\p{N}])\+?\(?\d[\d \t().\/-]{5,40}\d(?![\p{L}\p{N}])/gu;
var PHONE_DIGITS = 7;
function trimTrailing(text, start2, end) {
  while (end > start2 && /[.,;:!?)\]'"’]/.test(text[end - 1])) end--;
  return end;
}
function controllerRe(controller, legalForms) {
  let name = controller.trim();
  const forms = [...legalForms].sort((a, b) => b.length - a.length);
  for (const f of forms) {
    const m = new RegExp(`[\\s,]+(?:${formPattern(f)})$`, "u").exec(name);
    if (m) {
      name = name.slice(0, m.index);
      break;
    }
  }
  if (name.replace(/[^\p{L}\p{N}]/gu, "").length < 3) return void 0;
  const words2 = name.split(/\s+/).map(escape).join("\\s+");
  const alt = forms.map(formPattern).join("|");
  const tail = alt ? `(?:,?\\s+(?:${alt}))?` : "";
  return new RegExp(`(?<![\\p{L}\\p{N}])${words2}${tail}(?![\\p{L}\\p{N}])`, "giu");
}
function maskSpans(text, options) {
  const found = [];
  const collect = (re, kind, trim) => {
    if (!re) return;
    re.lastIndex = 0;
    let m;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start2 = m.index;
      const end = trim ? trimTrailing(text, start2, start2 + m[0].length) : start2 + m[0].length;
      if (end > start2) found.push({ start: start2, end, kind });
    }
  };
  const formsKey = options.legalForms.join("\0");
  const controller = options.controller;
  if (controller) collect(cached(`c\0${controller}\0${formsKey}`, () => controllerRe(controller, options.legalForms)), "controller", false);
  const joiners = options.nameJoiners ?? [];
  collect(cached(`o\0${formsKey}\0${joiners.join(" ")}`, () => organisationRe(options.legalForms, joiners)), "organisation", false);
  collect(EMAIL_RE, "email", true);
  collect(URL_RE, "url", true);
  const before = found.length;
  collect(PHONE_RE, "phone", false);
  for (let i = found.length - 1; i >= before; i--) {
    if ((text.slice(found[i].start, found[i].end).match(/\d/g) ?? []).length < PHONE_DIGITS) found.splice(i, 1);
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  for (const s of found) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (s.end > last.end) last.end = s.end;
      continue;
    }
    out.push({ ...s });
  }
  return out;
}

// server/src/core/notice/sentence-lang.ts
var MIN_WORDS = 3;
var functionWords;
function wordsOf(lang) {
  if (!functionWords) {
    const m = /* @__PURE__ */ new Map();
    for (const p of PACKS) {
      const lex = p.lexicon;
      const all = [...lex.fillers, ...lex.coordinators, ...lex.subordinators, ...lex.negations].filter((w) => !w.includes(" "));
      m.set(p.code, new Set(all.map((w) => fold(w))));
    }
    functionWords = m;
  }
  return functionWords.get(lang) ?? /* @__PURE__ */ new Set();
}
var SENTENCE_RE = /[^.!?;…\n]+/gu;
var WORD_RE = new RegExp("\\p{L}+", "gu");
function sentenceLanguage(sentence, lang) {
  const counts = /* @__PURE__ */ new Map();
  WORD_RE.lastIndex = 0;
  let m;
  const words2 = [];
  while ((m = WORD_RE.exec(sentence)) !== null) words2.push(fold(m[0]));
  for (const p of PACKS) {
    const set2 = wordsOf(p.code);
    let n = 0;
    for (const w of words2) if (set2.has(w)) n++;
    counts.set(p.code, n);
  }
  const own = counts.get(lang) ?? 0;
  let best;
  let bestN = 0;
  for (const [l, n] of counts) {
    if (l !== lang && n > bestN) {
      best = l;
      bestN = n;
    }
  }
  return best !== void 0 && bestN >= MIN_WORDS && bestN > 2 * own ? best : void 0;
}
function foreignSentences(text, lang) {
  const out = [];
  SENTENCE_RE.lastIndex = 0;
  let m;
  while ((m = SENTENCE_RE.exec(text)) !== null) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length === 0) continue;
    const other = sentenceLanguage(body, lang);
    if (other) out.push({ start: m.index + lead, end: m.index + lead + body.length, lang: other });
  }
  return out;
}

// server/src/core/notice/analyse.ts
function emptyAnalysis(lang) {
  return { lang, records: false, denies: false, vague: false, purposes: [], vaguePhrases: [] };
}
var memo = /* @__PURE__ */ new Map();
var MEMO_LIMIT = 4096;
function extraKey(extra) {
  if (!extra) return "";
  const ids = Object.keys(extra);
  if (ids.length === 0) return "";
  ids.sort();
  return JSON.stringify(ids.map((id) => [id, extra[id]]));
}
function deepFreeze(v) {
  if (v && typeof v === "object" && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const k of Object.keys(v)) deepFreeze(v[k]);
  }
  return v;
}
function describeFailure(e) {
  let what;
  try {
    what = e instanceof Error ? `${e.name}: ${e.message}` : `thrown value ${String(e)}`;
  } catch {
    what = "an unprintable value was thrown";
  }
  return `notice analysis failed: ${what}`.replace(/\s+/g, " ").slice(0, 500);
}
function analyseNotice(text, lang, options) {
  if (!isNoticeLang(lang)) return emptyAnalysis("en");
  if (typeof text !== "string" || text.length === 0) return emptyAnalysis(lang);
  let key;
  try {
    key = `${lang}\0${options?.controller ?? ""}\0${extraKey(options?.extraPhrases)}\0${text}`;
  } catch {
    key = "";
  }
  const hit = key ? memo.get(key) : void 0;
  if (hit) return hit;
  let result;
  try {
    result = deepFreeze(analyse(text, lang, options));
  } catch (e) {
    return deepFreeze({ ...emptyAnalysis(lang), internalError: describeFailure(e) });
  }
  if (key) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, result);
  }
  return result;
}
var LEGAL_FORMS = [.../* @__PURE__ */ new Set([...PACKS.flatMap((p) => p.legalForms), ...OTHER_LEGAL_FORMS])];
var NAME_JOINERS = [...new Set(PACKS.flatMap((p) => p.lexicon.coordinators).filter((w) => !w.includes(" ")))];
function analyse(text, lang, options) {
  const foreign = foreignSentences(text, lang);
  if (foreign.length === 0) return analyseOne(text, lang, options, [], false);
  const controller = options?.controller;
  const subs = foreign.map((f) => ({ at: f.start, a: analyseOne(text.slice(f.start, f.end), f.lang, controller ? { controller } : void 0, [], false) }));
  const main2 = analyseOne(text, lang, options, foreign, subs.some((s) => s.a.records));
  return mergeReadings(main2, subs);
}
function mergeReadings(main2, subs) {
  const shift = (x, at) => ({ ...x, start: x.start + at, end: x.end + at });
  const denies = main2.denies || subs.some((s) => s.a.denies);
  const out = { ...main2, records: !denies && (main2.records || subs.some((s) => s.a.records)), denies, purposes: [...main2.purposes], vaguePhrases: [...main2.vaguePhrases] };
  for (const s of subs) {
    if (!out.recordSpan && s.a.recordSpan) out.recordSpan = shift(s.a.recordSpan, s.at);
    if (!out.denySpan && s.a.denySpan) out.denySpan = shift(s.a.denySpan, s.at);
    for (const p of s.a.purposes) if (!out.purposes.some((q) => q.id === p.id)) out.purposes.push(shift(p, s.at));
    for (const v of s.a.vaguePhrases) out.vaguePhrases.push(shift(v, s.at));
  }
  if (!out.records) delete out.recordSpan;
  out.purposes.sort((x, y) => x.start - y.start);
  out.vaguePhrases.sort((x, y) => x.start - y.start);
  out.vague = out.vaguePhrases.length > 0;
  return out;
}
function analyseOne(text, lang, options, foreign, readPurposes) {
  const c = compiledLexicon(lang);
  const controller = typeof options?.controller === "string" ? options.controller : void 0;
  const mask = mergeSpans(maskSpans(text, { controller, legalForms: LEGAL_FORMS, nameJoiners: NAME_JOINERS }), foreign);
  const toks = tokenize(text, lang, { compoundHeads: c.lex.compoundHeads, coordinators: c.coordinators, ellipsisReach: c.windows.ellipsisReach, mask });
  const clauses = findClauses(toks, c);
  const neg = findNegation(toks, c);
  const baseCtx = { tokens: toks, links: /* @__PURE__ */ new Map(), isFiller: (t) => c.fillers.has(t.surface) };
  const links = listLinks(toks, c, baseCtx);
  const ctx = { tokens: toks, links, isFiller: baseCtx.isFiller };
  const { positive, denial, recSentences, listened } = findRecording(toks, c, baseCtx, clauses, neg);
  const result = {
    lang,
    records: positive !== void 0 && denial === void 0,
    denies: denial !== void 0,
    vague: false,
    purposes: [],
    vaguePhrases: []
  };
  if (result.records && positive) result.recordSpan = { start: toks[positive.first].start, end: toks[positive.last].end };
  if (denial) result.denySpan = { start: toks[denial.first].start, end: toks[denial.last].end };
  if (!result.records && !readPurposes && !(listened && !result.denies)) return result;
  findPurposes(text, lang, options, toks, c, ctx, clauses.sentStart, neg, recSentences, result);
  return result;
}
function mergeSpans(a, b) {
  if (b.length === 0) return [...a];
  const all = [...a, ...b].sort((x, y) => x.start - y.start || y.end - x.end);
  const out = [];
  for (const s of all) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (s.end > last.end) last.end = s.end;
    } else out.push({ start: s.start, end: s.end });
  }
  return out;
}

// server/src/core/announcement.ts
function isRecorded(rec) {
  return rec.mode?.value !== "none";
}
function phrasesFor(policy, env, lang) {
  const out = {};
  for (const [id, cp] of policy.customPurposes) {
    const list = cp.phrases[lang];
    if (list?.length) out[id] = [...list];
  }
  const extra = env.configPhrases[lang] ?? {};
  for (const [id, list] of Object.entries(extra)) out[id] = [...out[id] ?? [], ...list];
  return out;
}
function analyseIn(text, lang, extra, controller) {
  if (lang !== void 0) {
    const l = lang.toLowerCase().split("-")[0];
    return isNoticeLang(l) ? { lang: l, analysis: analyseNotice(text, l, { extraPhrases: extra(l), controller }) } : { lang };
  }
  let best;
  for (const l of NOTICE_LANGS) {
    const a = analyseNotice(text, l, { extraPhrases: extra(l), controller });
    const score = (a.records || a.denies ? 10 : 0) + a.purposes.length + a.vaguePhrases.length;
    if (!best || score > best.score) best = { lang: l, analysis: a, score };
  }
  return { lang: best.lang, analysis: best.analysis };
}
function scalarOffsetMap(source, sourceStart, value) {
  const map = new Array(value.length + 1);
  const direct = source.indexOf(value);
  if (direct >= 0) {
    for (let i = 0; i <= value.length; i++) map[i] = sourceStart + direct + i;
    return map;
  }
  let j = 0;
  if (source[0] === '"' || source[0] === "'") j = 1;
  else if (source[0] === "|" || source[0] === ">") {
    const nl3 = source.indexOf("\n");
    j = nl3 >= 0 ? nl3 + 1 : source.length;
  }
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    let k = j;
    const isSpace = /\s/.test(c);
    while (k < source.length && source[k] !== c && !(isSpace && /\s/.test(source[k]))) k++;
    if (k >= source.length) {
      map[i] = sourceStart + Math.min(j, source.length);
      continue;
    }
    map[i] = sourceStart + k;
    j = k + 1;
    if (isSpace) while (j < source.length && /\s/.test(source[j]) && !(i + 1 < value.length && source[j] === value[i + 1])) j++;
  }
  map[value.length] = i2end(map, value.length, sourceStart, source.length);
  return map;
}
function i2end(map, n, sourceStart, sourceLen) {
  return n > 0 ? map[n - 1] + 1 : sourceStart + Math.min(1, sourceLen);
}
function promptNotice(script, uri, index, fallbackLang, extra, controller) {
  const step = script.steps[index];
  const { lang, analysis } = analyseIn(step.prompt.text, step.lang ?? fallbackLang, extra, controller);
  const offs = step.prompt.sourceOffsets;
  return {
    kind: "script",
    uri,
    lang,
    analysis,
    text: step.prompt.text,
    span: step.prompt.span,
    toSource: (s, e) => {
      const start2 = offs[Math.max(0, Math.min(s, offs.length - 1))];
      const lastChar = offs[Math.max(0, Math.min(e - 1, offs.length - 1))];
      return { start: start2, end: e > s ? lastChar + 1 : start2 };
    },
    promptId: step.id,
    stepIndex: index
  };
}
function resolveAnnouncement(policy, rec, env) {
  if (!isRecorded(rec)) return { status: "off" };
  const ann = rec.announcement;
  if (!ann) return { status: "none" };
  const firstLang = policy.languages[0]?.value;
  const extra = (l) => phrasesFor(policy, env, l);
  const controller = policy.controller?.value;
  if (ann.text) {
    const value = ann.text.value;
    const src = env.policyText.slice(ann.text.span.start, ann.text.span.end);
    const map = scalarOffsetMap(src, ann.text.span.start, value);
    const { lang, analysis } = analyseIn(value, ann.language?.value ?? firstLang, extra, controller);
    const notice = {
      kind: "text",
      uri: env.policyUri,
      lang,
      analysis,
      text: value,
      span: ann.text.span,
      toSource: (s, e) => ({ start: map[Math.max(0, Math.min(s, value.length))], end: e > s ? map[Math.min(e - 1, value.length)] + 1 : map[Math.max(0, Math.min(s, value.length))] })
    };
    return { status: "ok", via: "text", declSpan: ann.text.span, notices: [notice] };
  }
  if (ann.script) {
    const load = env.loadScript(env.policyUri, ann.script.value);
    if (!load.ok) return { status: "script-missing", span: ann.script.span, scriptUri: load.uri, reason: load.reason, detail: load.detail, path: ann.script.value };
    const script = load.script;
    const scriptNotices = [];
    script.steps.forEach((s, i) => {
      if (s.kind !== "say" && s.kind !== "consent") return;
      const n = promptNotice(script, load.uri, i, firstLang, extra, controller);
      if (n.analysis && (n.analysis.records || n.analysis.denies)) scriptNotices.push(n);
    });
    if (ann.prompt) {
      const idx = script.prompts.get(ann.prompt.value);
      if (idx === void 0) return { status: "prompt-missing", span: ann.prompt.span, promptId: ann.prompt.value, scriptUri: load.uri, script };
      const chosen = scriptNotices.find((n) => n.stepIndex === idx) ?? promptNotice(script, load.uri, idx, firstLang, extra, controller);
      return { status: "ok", via: "script", declSpan: ann.prompt.span, notices: [chosen], script, scriptUri: load.uri, scriptNotices };
    }
    return { status: "ok", via: "script", declSpan: ann.script.span, notices: scriptNotices, script, scriptUri: load.uri, scriptNotices };
  }
  if (ann.privacyStatement) return { status: "website-only", span: ann.privacyStatement.keySpan };
  return { status: "none" };
}
function readableNotices(a) {
  if (a.status !== "ok") return [];
  const analysed = a.notices.filter((n) => n.analysis);
  if (analysed.length > 0 && analysed.every((n) => n.analysis.denies && !n.analysis.records)) return [];
  return analysed;
}

// server/src/core/findings.ts
var DOCS_BASE = "https://github.com/reclint/reclint/blob/main/docs/rules/";
function docsUrlFor(ruleId) {
  return `${DOCS_BASE}${ruleId}.md`;
}
function compareFindings(a, b) {
  if (a.uri !== b.uri) return a.uri < b.uri ? -1 : 1;
  if (a.span.start !== b.span.start) return a.span.start - b.span.start;
  if (a.span.end !== b.span.end) return a.span.end - b.span.end;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

// server/src/core/text.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10) {
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }
  text;
  starts;
  get lineCount() {
    return this.starts.length;
  }
  /** Offset where a 0-based line starts. */
  lineStart(line) {
    if (line <= 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    return this.starts[line];
  }
  /** Offset of the end of a line's content (before its line break). */
  lineEnd(line) {
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    let end = next;
    if (end > this.lineStart(line) && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStart(line) && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
  positionAt(offset) {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }
  offsetAt(pos) {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    const start2 = this.starts[pos.line];
    const end = this.lineEnd(pos.line);
    return Math.max(start2, Math.min(start2 + Math.max(0, pos.character), end));
  }
  rangeOf(span) {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
};
var recentIndexes = [];
function lineIndexOf(text) {
  for (const r of recentIndexes) if (r.text === text) return r.index;
  const index = new LineIndex(text);
  recentIndexes.unshift({ text, index });
  if (recentIndexes.length > 4) recentIndexes.pop();
  return index;
}

// server/src/core/policy/edit.ts
var isJson = (t) => /\.json$/i.test(t.uri);
var PLAIN_SAFE = /^[A-Za-z0-9][A-Za-z0-9 ._/()-]*$/;
function scalarText(value, json2) {
  if (typeof value !== "string") return String(value);
  if (!json2 && PLAIN_SAFE.test(value) && !/^(true|false|null|yes|no|on|off|~|\d[\d.]*)$/i.test(value) && !/ $/.test(value) && !/: /.test(value)) return value;
  return JSON.stringify(value);
}
function isFlow(t, node) {
  const c = t.text[node.span.start];
  return c === "{" || c === "[";
}
function lineIndent(t, offset) {
  let s = offset;
  while (s > 0 && t.text[s - 1] !== "\n" && t.text[s - 1] !== "\r") s--;
  let e = s;
  while (e < t.text.length && (t.text[e] === " " || t.text[e] === "	")) e++;
  return t.text.slice(s, e);
}
function columnOf(t, offset) {
  let s = offset;
  while (s > 0 && t.text[s - 1] !== "\n" && t.text[s - 1] !== "\r") s--;
  return offset - s;
}
function eol(t) {
  return t.text.includes("\r\n") ? "\r\n" : "\n";
}
function renderBlockValue(v, keyIndent, nl3) {
  if (Array.isArray(v)) return ` [${v.map((x) => typeof x === "object" ? JSON.stringify(x) : scalarText(x, false)).join(", ")}]`;
  if (typeof v === "object") {
    const inner = keyIndent + "  ";
    return Object.entries(v).map(([k, x]) => `${nl3}${inner}${k}:${renderBlockValue(x, inner, nl3)}`).join("");
  }
  return ` ${scalarText(v, false)}`;
}
function renderFlow(v, json2) {
  if (Array.isArray(v)) return `[${v.map((x) => renderFlow(x, json2)).join(", ")}]`;
  if (typeof v === "object") return `{ ${Object.entries(v).map(([k, x]) => `${json2 ? JSON.stringify(k) : k}: ${renderFlow(x, json2)}`).join(", ")} }`;
  return scalarText(v, json2);
}
function renderJsonBlock(v, indent, unit, nl3) {
  if (Array.isArray(v)) return `[${v.map((x) => renderFlow(x, true)).join(", ")}]`;
  if (typeof v === "object") {
    const entries = Object.entries(v);
    if (entries.length === 0) return "{}";
    return `{${entries.map(([k, x]) => `${nl3}${indent}${unit}${JSON.stringify(k)}: ${renderJsonBlock(x, indent + unit, unit, nl3)}`).join(",")}${nl3}${indent}}`;
  }
  return scalarText(v, true);
}
function replaceScalar(t, node, value) {
  const src = t.text.slice(node.span.start, node.span.end);
  let newText;
  if (isJson(t) || src.startsWith('"')) newText = JSON.stringify(value);
  else if (src.startsWith("'")) newText = `'${value.replace(/'/g, "''")}'`;
  else newText = scalarText(value, false);
  if (node.kind === "scalar" && node.empty) return { uri: t.uri, start: node.span.start, end: node.span.start, newText: ` ${newText}` };
  return { uri: t.uri, start: node.span.start, end: node.span.end, newText };
}
function contentEnd(n) {
  if (n.kind === "map") {
    const l = n.entries[n.entries.length - 1];
    if (!l) return n.span.end;
    return l.value.kind === "scalar" && l.value.empty ? l.keySpan.end : Math.min(n.span.end, contentEnd(l.value));
  }
  if (n.kind === "seq") {
    const l = n.items[n.items.length - 1];
    return l ? Math.min(n.span.end, contentEnd(l)) : n.span.end;
  }
  return n.span.end;
}
function lineStartOf(text, offset) {
  let k = Math.min(offset, text.length);
  while (k > 0 && text.charCodeAt(k - 1) !== 10 && text.charCodeAt(k - 1) !== 13) k--;
  return k;
}
function endOfLastLine(t, node) {
  let end = isFlow(t, node) ? node.span.end : contentEnd(node);
  while (end > node.span.start && (t.text[end - 1] === "\n" || t.text[end - 1] === "\r")) end--;
  while (end < t.text.length && t.text[end] !== "\n" && t.text[end] !== "\r") end++;
  return end;
}
function insertEntry(t, map, key, value) {
  const json2 = isJson(t);
  const nl3 = eol(t);
  if (map.entries.length === 0) {
    if (isFlow(t, map)) {
      const close = t.text.lastIndexOf("}", map.span.end);
      return { uri: t.uri, start: map.span.start, end: close + 1, newText: `{ ${json2 ? JSON.stringify(key) : key}: ${renderFlow(value, json2)} }` };
    }
    return { uri: t.uri, start: map.span.start, end: map.span.start, newText: `${key}:${renderBlockValue(value, "", nl3)}` };
  }
  const last = map.entries[map.entries.length - 1];
  if (json2 || isFlow(t, map)) {
    const lastEnd = last.value.span.end;
    const multiline = /[\r\n]/.test(t.text.slice(map.span.start, map.span.end));
    const k = json2 ? JSON.stringify(key) : key;
    if (multiline) {
      const indent2 = lineIndent(t, last.keySpan.start);
      const unit = detectUnit(t);
      const body = json2 ? renderJsonBlock(value, indent2, unit, nl3) : renderFlow(value, false);
      return { uri: t.uri, start: lastEnd, end: lastEnd, newText: `,${nl3}${indent2}${k}: ${body}` };
    }
    return { uri: t.uri, start: lastEnd, end: lastEnd, newText: `, ${k}: ${renderFlow(value, json2)}` };
  }
  const indent = " ".repeat(columnOf(t, map.entries[0].keySpan.start));
  const at = endOfLastLine(t, last.value.kind === "scalar" && last.value.empty ? { ...last.value, span: last.keySpan } : last.value);
  return { uri: t.uri, start: at, end: at, newText: `${nl3}${indent}${key}:${renderBlockValue(value, indent, nl3)}` };
}
function detectUnit(t) {
  const m = /\n( +|\t)\S/.exec(t.text);
  return m ? m[1] === "	" ? "	" : m[1].length >= 4 ? "    " : "  " : "  ";
}
function appendToSeq(t, seq, value) {
  const json2 = isJson(t);
  const v = scalarText(value, json2);
  if (seq.items.length === 0) {
    const close = t.text.indexOf("]", seq.span.start);
    return { uri: t.uri, start: seq.span.start, end: close + 1, newText: `[${v}]` };
  }
  const last = seq.items[seq.items.length - 1];
  if (json2 || isFlow(t, seq)) return { uri: t.uri, start: last.span.end, end: last.span.end, newText: `, ${v}` };
  const lineStart2 = lineStartOf(t.text, last.span.start);
  const dash = t.text.lastIndexOf("-", last.span.start);
  const prefix = dash >= lineStart2 ? t.text.slice(lineStart2, dash) : lineIndent(t, last.span.start);
  const at = endOfLastLine(t, last);
  return { uri: t.uri, start: at, end: at, newText: `${eol(t)}${prefix.replace(/\S/g, " ")}- ${v}` };
}
function removeEntry(t, e) {
  const json2 = isJson(t);
  const map = e.map;
  if (json2 || isFlow(t, map)) {
    const i = map.entries.indexOf(e);
    const start3 = e.keySpan.start - (t.text[e.keySpan.start - 1] === '"' ? 1 : 0);
    const keyStart = /["']/.test(t.text[start3] ?? "") ? start3 : e.keySpan.start;
    let end = e.value.span.end;
    if (i < map.entries.length - 1) {
      const next = map.entries[i + 1];
      const nextStart = next.keySpan.start - (t.text[next.keySpan.start - 1] === '"' ? 1 : 0);
      return { uri: t.uri, start: keyStart, end: nextStart, newText: "" };
    }
    if (i > 0) {
      const prev = map.entries[i - 1];
      return { uri: t.uri, start: prev.value.span.end, end, newText: "" };
    }
    return { uri: t.uri, start: keyStart, end, newText: "" };
  }
  const idx = lineIndexOf(t.text);
  const startLine = idx.positionAt(e.keySpan.start).line;
  const lineStart2 = idx.lineStart(startLine);
  const before = t.text.slice(lineStart2, e.keySpan.start);
  const valueEnd = e.value.kind === "scalar" && e.value.empty ? e.keySpan.end : contentEnd(e.value);
  const endLineContent = endOfLastLine(t, { ...e.value, span: { start: e.keySpan.start, end: valueEnd } });
  const endLine = idx.positionAt(endLineContent).line;
  const nextLineStart = endLine + 1 < idx.lineCount ? idx.lineStart(endLine + 1) : t.text.length;
  const start2 = /^\s*$/.test(before) ? lineStart2 : e.keySpan.start;
  const kept = t.text.slice(start2, nextLineStart).split(/(?<=\n)/).filter((l, i) => i > 0 && /^\s*#/.test(l)).join("");
  return { uri: t.uri, start: start2, end: nextLineStart, newText: kept };
}
function appendMapItem(t, seq, value) {
  const json2 = isJson(t);
  const nl3 = eol(t);
  if (seq.items.length === 0 || json2 || isFlow(t, seq)) {
    const body = renderFlow(value, json2);
    if (seq.items.length === 0) {
      const close = t.text.indexOf("]", seq.span.start);
      return { uri: t.uri, start: seq.span.start, end: close + 1, newText: `[${body}]` };
    }
    const last2 = seq.items[seq.items.length - 1];
    return { uri: t.uri, start: last2.span.end, end: last2.span.end, newText: `, ${body}` };
  }
  const last = seq.items[seq.items.length - 1];
  const lineStart2 = lineStartOf(t.text, last.span.start);
  const dash = t.text.lastIndexOf("-", last.span.start);
  const prefix = (dash >= lineStart2 ? t.text.slice(lineStart2, dash) : lineIndent(t, last.span.start)).replace(/\S/g, " ");
  const entries = Object.entries(value);
  const lines = entries.map(([k, v], i) => `${nl3}${prefix}${i === 0 ? "- " : "  "}${k}:${renderBlockValue(v, prefix + "  ", nl3)}`);
  const at = endOfLastLine(t, last);
  return { uri: t.uri, start: at, end: at, newText: lines.join("") };
}

// server/src/core/policy/tree.ts
function entry(map, key) {
  if (!map) return void 0;
  for (const e of map.entries) if (e.key === key) return e;
  return void 0;
}
function asMap(node) {
  return node && node.kind === "map" ? node : void 0;
}
function asSeq(node) {
  return node && node.kind === "seq" ? node : void 0;
}
function toPlain(node) {
  switch (node.kind) {
    case "scalar":
      return node.value;
    case "seq":
      return node.items.map(toPlain);
    case "map": {
      const o = {};
      for (const e of node.entries) if (!Object.prototype.hasOwnProperty.call(o, e.key)) o[e.key] = toPlain(e.value);
      return o;
    }
  }
}
function nodeAtPath(root, path12) {
  let n = root;
  for (const p of path12) {
    if (!n) return void 0;
    if (n.kind === "map") n = entry(n, String(p))?.value;
    else if (n.kind === "seq") n = n.items[Number(p)];
    else return void 0;
  }
  return n;
}
function pointSpan(node) {
  if (node.kind === "scalar" && node.empty && node.parent) return node.parent.keySpan;
  return node.span;
}

// server/src/core/distance.ts
function editDistance(a, b, transpositions = false) {
  if (a === b) return 0;
  if (a.length > 64 || b.length > 64) return Math.max(a.length, b.length);
  let prev2 = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (transpositions && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}
function closestKeyword(word, candidates) {
  if (word.length > 64) return void 0;
  const lower = word.toLowerCase();
  const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  let best;
  let bestD = limit + 1;
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) > limit) continue;
    const d = editDistance(lower, c.toLowerCase(), true);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}
function didYouMean(value, candidates) {
  const v = value.toLowerCase();
  let best;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(v, c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  if (best === void 0) return void 0;
  const limit = Math.max(2, Math.floor(Math.max(v.length, best.length) / 3));
  if (bestD <= limit) return best;
  for (const c of candidates) if (v.length >= 4 && (c.includes(v) || v.includes(c))) return c;
  return void 0;
}

// server/src/core/policy/schema.ts
var import_schema_validator_generated = __toESM(require_schema_validator_generated());
function validator() {
  return import_schema_validator_generated.default;
}
function parsePointer(p) {
  if (!p) return [];
  return p.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function toPath(root, segs) {
  const out = [];
  let n = root;
  for (const s of segs) {
    if (n && n.kind === "seq") {
      out.push(Number(s));
      n = n.items[Number(s)];
    } else {
      out.push(s);
      n = n && n.kind === "map" ? entry(n, s)?.value : void 0;
    }
  }
  return out;
}
function nameOf(path12) {
  if (path12.length === 0) return "the document";
  const last = path12[path12.length - 1];
  if (typeof last === "number") {
    const parent = path12[path12.length - 2];
    return parent !== void 0 ? `item ${last + 1} of \`${parent}\`` : `item ${last + 1}`;
  }
  return `\`${last}\``;
}
var PATTERN_WORDS = {
  id: "a kebab-case id (lower-case letters, digits and hyphens, e.g. `service-line`)",
  purpose: "a kebab-case purpose id (e.g. `quality-assurance`)",
  until: "a kebab-case trigger id",
  max: "an ISO 8601 duration such as `P30D`, `P3M`, `P2Y` or `PT2H`",
  buffer_retention: "an ISO 8601 duration such as `PT2H` or `P1D`",
  jurisdiction: "an ISO 3166-1 alpha-2 country code in capitals (e.g. `NL`)",
  art9_condition: "one of `9(2)(a)` to `9(2)(j)`",
  languages: "a language code such as `nl` or `en`"
};
function got(v) {
  if (v === null || v === void 0) return "nothing";
  if (typeof v === "string") return `\`${v.length > 60 ? v.slice(0, 57) + "\u2026" : v}\``;
  if (typeof v === "number" || typeof v === "boolean") return `\`${String(v)}\``;
  if (Array.isArray(v)) return "a list";
  return "a mapping";
}
function typeWord(t) {
  const one = (x) => ({ object: "a mapping", array: "a list", string: "a text value", number: "a number", integer: "a whole number", boolean: "`true` or `false`", null: "empty" })[x] ?? x;
  return Array.isArray(t) ? t.map((x) => one(String(x))).join(" or ") : one(String(t));
}
function lastKey(path12) {
  for (let i = path12.length - 1; i >= 0; i--) if (typeof path12[i] === "string") return path12[i];
  return void 0;
}
function anchorForMissing(map, path12) {
  const n = path12.length;
  if (n >= 3 && path12[n - 2] === "purposes" && typeof path12[n - 1] === "number") {
    const p = entry(map, "purpose");
    if (p) return pointSpan(p.value);
    if (map.entries.length > 0) return map.entries[0].keySpan;
  }
  if (n === 2 && path12[0] === "recordings" && typeof path12[1] === "number") {
    const id = entry(map, "id");
    if (id) return pointSpan(id.value);
  }
  if (map.parent) return map.parent.keySpan;
  if (map.parentSeq?.parent) return map.parentSeq.parent.keySpan;
  if (map.entries.length > 0) return map.entries[0].keySpan;
  return { start: map.span.start, end: map.span.start };
}
function schemaProblems(root) {
  const validate = validator();
  const data = toPlain(root);
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  const typeFailed = /* @__PURE__ */ new Set();
  for (const e of errors) if (e.keyword === "type") typeFailed.add(e.instancePath);
  for (const e of errors) {
    if (["if", "then", "else", "anyOf", "oneOf", "allOf", "not", "false schema"].includes(e.keyword)) continue;
    if (e.keyword !== "type" && typeFailed.has(e.instancePath)) continue;
    const path12 = toPath(root, parsePointer(e.instancePath));
    const node = nodeAtPath(root, path12);
    if (!node) continue;
    const params = e.params;
    let problem;
    switch (e.keyword) {
      case "additionalProperties": {
        const key2 = String(params.additionalProperty);
        const map = asMap(node);
        const ent = entry(map, key2);
        if (!ent) break;
        const props = Object.keys(e.parentSchema?.properties ?? {});
        const guess = didYouMean(key2, props);
        const where = path12.length ? ` under ${nameOf(path12)}` : "";
        problem = {
          span: ent.keySpan,
          path: [...path12, key2],
          keyword: e.keyword,
          message: `Unknown key \`${key2}\`${where}${guess ? ` (did you mean \`${guess}\`?)` : ""}. Remove it, or prefix it with \`x-\` to keep it as your own annotation.`
        };
        break;
      }
      case "required": {
        const key2 = String(params.missingProperty);
        const map = asMap(node);
        if (!map) break;
        problem = {
          span: anchorForMissing(map, path12),
          path: [...path12, key2],
          keyword: e.keyword,
          message: `${path12.length ? `${nameOf(path12).replace(/^./, (c) => c.toUpperCase())}` : "The policy"} is missing the required key \`${key2}\`.`,
          missing: { key: key2, map }
        };
        break;
      }
      case "enum": {
        const allowed = params.allowedValues.map(String);
        const guess = typeof e.data === "string" ? didYouMean(e.data, allowed) : void 0;
        problem = {
          span: pointSpan(node),
          path: path12,
          keyword: e.keyword,
          message: `${nameOf(path12)} must be one of ${allowed.join(", ")}; got ${got(e.data)}${guess ? ` (did you mean \`${guess}\`?)` : ""}.`
        };
        break;
      }
      case "const":
        problem = { span: pointSpan(node), path: path12, keyword: e.keyword, message: `${nameOf(path12)} must be \`${String(params.allowedValue)}\`; got ${got(e.data)}.` };
        break;
      case "type":
        problem = { span: pointSpan(node), path: path12, keyword: e.keyword, message: `${nameOf(path12)} must be ${typeWord(params.type)}; got ${got(e.data)}.` };
        break;
      case "pattern": {
        const k = lastKey(path12) ?? "";
        const words2 = PATTERN_WORDS[k] ?? `text matching \`${String(params.pattern)}\``;
        problem = { span: pointSpan(node), path: path12, keyword: e.keyword, message: `${nameOf(path12)} must be ${words2}; got ${got(e.data)}.` };
        break;
      }
      case "propertyNames": {
        break;
      }
      case "minItems":
        problem = { span: pointSpan(node), path: path12, keyword: e.keyword, message: `${nameOf(path12)} must list at least ${String(params.limit)} item${params.limit === 1 ? "" : "s"}.` };
        break;
      case "minProperties":
        problem = { span: pointSpan(node), path: path12, keyword: e.keyword, message: `${nameOf(path12)} must have at least ${String(params.limit)} key${params.limit === 1 ? "" : "s"}.` };
        break;
      case "minLength":
        problem = { span: pointSpan(node), path: path12, keyword: e.keyword, message: `${nameOf(path12)} must not be empty.` };
        break;
      case "uniqueItems":
        problem = { span: pointSpan(node), path: path12, keyword: e.keyword, message: `${nameOf(path12)} lists the same value twice (items ${Number(params.j) + 1} and ${Number(params.i) + 1}).` };
        break;
      case "minimum":
      case "maximum":
      case "exclusiveMinimum":
      case "exclusiveMaximum": {
        const cmp = { minimum: "at least", maximum: "at most", exclusiveMinimum: "greater than", exclusiveMaximum: "less than" }[e.keyword];
        problem = { span: pointSpan(node), path: path12, keyword: e.keyword, message: `${nameOf(path12)} must be ${cmp} ${String(params.limit)}; got ${got(e.data)}.` };
        break;
      }
      default:
        problem = { span: pointSpan(node), path: path12, keyword: e.keyword, message: `${nameOf(path12)} ${e.message ?? "is not valid"}.` };
    }
    if (!problem) continue;
    problem.message = problem.message.replace(/^`/, "`").replace(/^item/, "Item");
    const key = `${problem.span.start}:${problem.span.end}:${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

// server/src/core/rules/kit.ts
function definePolicyRule(rule) {
  return { kind: "policy", ...rule };
}
function defineScriptRule(rule) {
  return { kind: "script", ...rule };
}
function defineEngineRule(rule) {
  return { kind: "engine", ...rule };
}
function formatMessage(template, data) {
  return template.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (whole, name) => data && name in data ? String(data[name]) : whole);
}
function cap(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function codeList(values) {
  return [...values].map((v) => `\`${v}\``).join(", ");
}
function didYouMeanNote(guess) {
  return guess ? ` (did you mean \`${guess}\`?)` : "";
}
function recordingLabel(ctx, rec) {
  return rec.id ? `recording ${ctx.recordingName(rec)}` : ctx.recordingName(rec);
}
function purposeName(ctx, rec, p) {
  const id = p.purpose ? `\`${p.purpose.value}\`` : `${p.index + 1}`;
  return `purpose ${id} of ${recordingLabel(ctx, rec)}`;
}
function isBlank(f) {
  if (!f) return true;
  return f.value === null || f.value === void 0 || typeof f.value === "string" && f.value.trim() === "";
}
function isBlankNode(node) {
  return node.kind === "scalar" && (node.value === null || typeof node.value === "string" && node.value.trim() === "");
}
function blankEntry(map, key) {
  const e = entry(map, key);
  return e && isBlankNode(e.value) ? e : void 0;
}
function purposeAnchor(rec, p) {
  return anchorForMissing(p.node, ["recordings", rec.index, "purposes", p.index]);
}
function recordingAnchor(rec) {
  return anchorForMissing(rec.node, ["recordings", rec.index]);
}
function setKey(t, map, blank, key, value) {
  return blank ? replaceScalar(t, blank.value, value) : insertEntry(t, map, key, value);
}
function insertKeySuggestion(t, map, key, value, title) {
  try {
    return [{ title, edits: [insertEntry(t, map, key, value)] }];
  } catch {
    return [];
  }
}
function noticesToRead(a) {
  const ns = readableNotices(a);
  if (ns.length === 0) return [];
  if (!ns.some((n) => n.analysis?.records)) return [];
  return ns.filter((n) => !n.analysis.denies || n.analysis.records);
}

// server/src/core/vocabulary.ts
var LEGAL_BASES = ["consent", "contract", "legal-obligation", "vital-interests", "public-task", "legitimate-interests"];
var LEGAL_BASIS_ARTICLE = {
  consent: "art. 6(1)(a) GDPR",
  contract: "art. 6(1)(b) GDPR",
  "legal-obligation": "art. 6(1)(c) GDPR",
  "vital-interests": "art. 6(1)(d) GDPR",
  "public-task": "art. 6(1)(e) GDPR",
  "legitimate-interests": "art. 6(1)(f) GDPR"
};
var LEGAL_BASIS_ALIASES = {
  toestemming: "consent",
  overeenkomst: "contract",
  "uitvoering-overeenkomst": "contract",
  "wettelijke-plicht": "legal-obligation",
  "wettelijke-verplichting": "legal-obligation",
  "vitaal-belang": "vital-interests",
  "vitale-belangen": "vital-interests",
  "publieke-taak": "public-task",
  "algemeen-belang": "public-task",
  "gerechtvaardigd-belang": "legitimate-interests",
  "gerechtvaardigde-belangen": "legitimate-interests",
  "6(1)(a)": "consent",
  "6(1)(b)": "contract",
  "6(1)(c)": "legal-obligation",
  "6(1)(d)": "vital-interests",
  "6(1)(e)": "public-task",
  "6(1)(f)": "legitimate-interests",
  "art6-1-a": "consent",
  "art6-1-b": "contract",
  "art6-1-c": "legal-obligation",
  "art6-1-d": "vital-interests",
  "art6-1-e": "public-task",
  "art6-1-f": "legitimate-interests",
  "legitimate-interest": "legitimate-interests",
  "contractual-necessity": "contract",
  "legal-obligations": "legal-obligation",
  "vital-interest": "vital-interests",
  "public-interest": "public-task",
  einwilligung: "consent",
  consentement: "consent"
};
var BUILTIN_PURPOSES = [
  "quality-assurance",
  "staff-training",
  "employee-evaluation",
  "evidence",
  "complaint-handling",
  "legal-compliance",
  "fraud-prevention",
  "staff-safety",
  "troubleshooting",
  "speech-analytics",
  "emotion-recognition",
  "ai-training",
  "marketing",
  "service-provision",
  "publication",
  "personal-use"
];
var PURPOSE_MEANING = {
  "quality-assurance": "reviewing calls to keep service quality up",
  "staff-training": "training and coaching staff",
  "employee-evaluation": "assessing an individual agent's performance",
  evidence: "proof of what was said or agreed; disputes and legal claims",
  "complaint-handling": "handling a complaint about the call or the service",
  "legal-compliance": "a recording duty imposed by law",
  "fraud-prevention": "detecting and preventing fraud",
  "staff-safety": "protecting staff against threats and abuse, reporting to police",
  troubleshooting: "finding technical faults on the line",
  "speech-analytics": "automated analysis of what is said (topics, keywords)",
  "emotion-recognition": "inferring emotions or sentiment of callers or agents",
  "ai-training": "training or improving machine-learning models",
  marketing: "marketing and sales strategy",
  "service-provision": "carrying out what the caller asked",
  publication: "publishing or sharing recordings outside the organisation",
  "personal-use": "strictly personal use by a natural person"
};
function isBuiltinPurpose(id) {
  return BUILTIN_PURPOSES.includes(id);
}
var RELATED_PAIRS = [
  ["quality-assurance", "complaint-handling"],
  ["complaint-handling", "quality-assurance"],
  ["quality-assurance", "staff-training"],
  ["staff-training", "quality-assurance"],
  ["evidence", "complaint-handling"],
  ["complaint-handling", "evidence"],
  ["legal-compliance", "evidence"],
  ["fraud-prevention", "evidence"],
  ["evidence", "fraud-prevention"]
];
var NEVER_RELATED = /* @__PURE__ */ new Set(["marketing", "ai-training", "emotion-recognition", "speech-analytics", "publication"]);
function isRelated(announced, used, custom) {
  if (announced === used) return true;
  if (NEVER_RELATED.has(used)) return false;
  if (RELATED_PAIRS.some(([a, u]) => a === announced && u === used)) return true;
  if (custom.get(announced)?.includes(used) || custom.get(used)?.includes(announced)) return true;
  return false;
}
var SPECIAL_CATEGORIES = /* @__PURE__ */ new Set(["health", "biometric", "criminal-data", "political", "religion", "trade-union", "sexual-orientation", "ethnicity"]);
var INDEFINITE_WORDS = /* @__PURE__ */ new Set(["indefinite", "forever", "unlimited"]);
var UNRESTRICTED_ROLES = /* @__PURE__ */ new Set(["everyone", "all", "*", "public"]);
var MODES = ["all", "sampled", "on-demand", "none"];

// server/src/core/notice/purposes.ts
var PURPOSE_IDS = BUILTIN_PURPOSES;
var PURPOSE_DESCRIPTIONS = PURPOSE_MEANING;
function isPurposeId(s) {
  return PURPOSE_IDS.includes(s);
}
function canonicalPurposePhrase(id, lang) {
  const lex = packOf(lang).lexicon;
  if (!Object.prototype.hasOwnProperty.call(lex.canonical, id)) return void 0;
  return lex.canonical[id];
}

// server/src/core/rules/announcement/shared.ts
function noticeRelated(n, what = "the notice") {
  const label = n.promptId ? `${what} (prompt \`${n.promptId}\`)` : what;
  const said = n.analysis && n.analysis.purposes.length ? `; it announces ${n.analysis.purposes.map((p) => `\`${p.id}\``).join(", ")}` : "; it names no purpose";
  return { uri: n.uri, span: n.span, message: `${label}${said}` };
}
function addToNoticeFix(n, ids) {
  const pack = packFor(n.lang);
  if (!pack) return void 0;
  const phrases = ids.map((id) => canonicalPurposePhrase(id, pack.code)).filter((p) => !!p);
  if (phrases.length !== ids.length || phrases.length === 0) return void 0;
  const words2 = phrases.join(", ");
  const mentions = n.analysis?.purposes ?? [];
  let at;
  let insert;
  if (mentions.length > 0) {
    const last = mentions.reduce((a, b) => b.end > a.end ? b : a);
    at = last.end;
    insert = ` ${pack.fixWords.and} ${words2}`;
  } else {
    const m = /[.!?]\s*$/.exec(n.text);
    at = m ? m.index : n.text.length;
    insert = ` ${pack.fixWords.for} ${words2}`;
  }
  const span = n.toSource(at, at);
  return { title: `Add ${ids.map((i) => `\`${i}\``).join(", ")} to the notice (${n.lang})`, edits: [{ uri: n.uri, start: span.start, end: span.start, newText: insert }] };
}
function languageName(lang) {
  const pack = packFor(lang);
  return pack ? `${pack.name} (${pack.code})` : `\`${lang}\``;
}
function addToNoticesFix(notices, ids, lang) {
  const edits = [];
  for (const n of notices) {
    const f = addToNoticeFix(n, ids);
    if (!f) return void 0;
    for (const e of f.edits) edits.push(e);
  }
  if (edits.length === 0) return void 0;
  const what = notices.length === 1 ? "notice" : `${notices.length} notices`;
  return { title: `Add ${ids.map((i) => `\`${i}\``).join(", ")} to the ${languageName(lang)} ${what}`, edits };
}
function declaredIds(rec) {
  return new Set(rec.purposes.map((p) => p.purpose?.value).filter((v) => !!v));
}

// server/src/core/rules/announcement/announced-purpose-undeclared.ts
var announcedPurposeUndeclared = definePolicyRule({
  meta: {
    id: "announced-purpose-undeclared",
    area: "announcement",
    defaultSeverity: "warning",
    legalSource: "GDPR art. 5(1)(b)",
    description: "The notice names a purpose the recording does not declare.",
    fixable: false,
    hasSuggestions: true,
    recordings: "all",
    messages: {
      undeclared: 'The notice announces `{{purpose}}` ("{{words}}"), but {{recording}} does not declare it under `purposes`; a purpose told to callers needs its legal basis and retention written down (art. 5(1)(b) GDPR). Declare it, or take it out of the notice.'
    }
  },
  create(ctx) {
    const seen = /* @__PURE__ */ new Set();
    return {
      notice(n, rec) {
        const declared = declaredIds(rec);
        if (declared.size === 0) return;
        const name = ctx.recordingName(rec);
        for (const p of n.analysis.purposes) {
          const key = `${rec.index}\0${n.uri}:${p.id}`;
          if (declared.has(p.id) || seen.has(key)) continue;
          seen.add(key);
          const seq = asSeq(rec.purposesField?.node);
          ctx.report({
            uri: n.uri,
            span: n.toSource(p.start, p.end),
            messageId: "undeclared",
            data: { purpose: p.id, words: p.text, recording: name },
            related: n.uri !== ctx.uri ? [{ uri: ctx.uri, span: rec.purposesField?.keySpan ?? rec.id?.span ?? rec.node.span, message: `the purposes of ${name}` }] : [],
            suggestions: seq && (seq.items.length === 0 || seq.items[0].kind === "map") ? [{ title: `Declare \`${p.id}\` under \`purposes\``, edits: [appendMapItem(ctx.target, seq, { purpose: p.id })] }] : []
          });
        }
      }
    };
  }
});

// server/src/core/fix.ts
function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let pos = 0;
  let applied = 0;
  let skipped = 0;
  for (const e of sorted) {
    if (e.start < pos || e.start > e.end || e.end > text.length) {
      skipped++;
      continue;
    }
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
    applied++;
  }
  return { text: out + text.slice(pos), applied, skipped };
}
function fixEditsFor(uri, findings) {
  const groups = [];
  for (const f of findings) {
    if (!f.fix) continue;
    const edits = f.fix.edits.filter((e) => e.uri === uri);
    if (edits.length > 0 && edits.length === f.fix.edits.length) groups.push(edits);
  }
  return groups;
}
function applyFixGroups(text, groups) {
  const taken = [];
  let skipped = 0;
  const firstStart = (g) => g.reduce((m, e) => Math.min(m, e.start), Number.POSITIVE_INFINITY);
  const sortedGroups = groups.map((g) => ({ g, at: firstStart(g) })).sort((a, b) => a.at - b.at).map((x) => x.g);
  const overlaps = (x, y) => x.start < y.end && y.start < x.end || x.start === y.start && x.end === x.start && y.end === y.start;
  for (const g of sortedGroups) {
    if (g.some((e) => taken.some((t) => overlaps(e, t)))) {
      skipped++;
      continue;
    }
    for (const e of g) taken.push(e);
  }
  const seen = /* @__PURE__ */ new Set();
  const unique = taken.filter((e) => {
    const k = `${e.start}:${e.end}:${e.newText}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const r = applyEdits(text, unique);
  return { text: r.text, applied: r.applied, skipped: skipped + r.skipped };
}
var MAX_FIX_PASSES = 10;
function fixToFixedPoint(uri, text, lint2) {
  let current = text;
  let before;
  let fixes = 0;
  let passes = 0;
  for (; passes < MAX_FIX_PASSES; passes++) {
    const groups = fixEditsFor(uri, lint2(current));
    if (groups.length === 0) break;
    const r = applyFixGroups(current, groups);
    if (r.applied === 0 || r.text === current) break;
    if (r.text === before) break;
    before = current;
    current = r.text;
    fixes += groups.length;
  }
  return { text: current, passes, fixes };
}

// server/src/core/ivr/flow.ts
function successors(script, i) {
  const steps = script.steps;
  const step = steps[i];
  if (!step) return [];
  const next = i + 1 < steps.length ? [i + 1] : [];
  switch (step.kind) {
    case "goto": {
      const t = script.labels.get(step.label);
      return t === void 0 ? [] : [t];
    }
    case "menu": {
      const seen = /* @__PURE__ */ new Set();
      for (const o of step.options) {
        const t = script.labels.get(o.label);
        if (t !== void 0) seen.add(t);
      }
      if (next.length) seen.add(next[0]);
      return [...seen];
    }
    case "transfer":
    case "hangup":
      return [];
    default:
      return next;
  }
}
function walk(script, isBlocked) {
  const n = script.steps.length;
  const parent = new Int32Array(n).fill(-2);
  if (n === 0 || isBlocked(0)) return parent;
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  parent[0] = -1;
  queue[tail++] = 0;
  while (head < tail) {
    const i = queue[head++];
    for (const j of successors(script, i)) {
      if (parent[j] !== -2 || isBlocked(j)) continue;
      parent[j] = i;
      queue[tail++] = j;
    }
  }
  return parent;
}
function pathsReaching(script, isTarget, isBlocked) {
  const parent = walk(script, isBlocked);
  const out = [];
  for (let t = 0; t < parent.length; t++) {
    if (parent[t] === -2 || !isTarget(t)) continue;
    let cached2;
    out.push({
      target: t,
      get path() {
        if (!cached2) {
          const p = [];
          for (let i = t; i !== -1; i = parent[i]) p.push(i);
          cached2 = p.reverse();
        }
        return cached2;
      }
    });
  }
  return out;
}

// server/src/core/ivr/lexer.ts
var CH_TAB = 9;
var CH_LF = 10;
var CH_VT = 11;
var CH_FF = 12;
var CH_CR = 13;
var CH_SPACE = 32;
var CH_QUOTE = 34;
var CH_HASH = 35;
var CH_BACKSLASH = 92;
var CH_NBSP = 160;
var CH_BOM = 65279;
function isBlank2(c) {
  return c === CH_SPACE || c === CH_TAB || c === CH_VT || c === CH_FF || c === CH_NBSP || c === CH_BOM;
}
function isBreak(c) {
  return c === CH_LF || c === CH_CR;
}
function showToken(s) {
  const cut = s.length > 40 ? `${s.slice(0, 40)}\u2026` : s;
  return cut.replace(
    /[\u0000-\u001f\u007f`]/g,
    (c) => c === "`" ? "'" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function pushRun(text, from, end, parts, offsets) {
  if (end > from) {
    parts.push(text.slice(from, end));
    for (let k = from; k < end; k++) offsets.push(k);
  }
}
var IvrLexer = class {
  constructor(text, comments, errors) {
    this.text = text;
    this.comments = comments;
    this.errors = errors;
    this.n = text.length;
    if (text.charCodeAt(0) === CH_BOM) this.pos = 1;
  }
  text;
  comments;
  errors;
  /** 0-based line of the next character to read. */
  line = 0;
  /** Offset of the next character to read. */
  pos = 0;
  n;
  /** Once a string starting at this offset ran to the end of the file, every later one will too. */
  noCloseAfter = Number.POSITIVE_INFINITY;
  /** Is the whole text read? */
  get done() {
    return this.pos >= this.n;
  }
  /**
   * The tokens of the next logical line (none for a blank or comment-only line). Moves past the
   * line break that ends it; `line` is then the line after it.
   */
  nextLine() {
    const text = this.text;
    const n = this.n;
    const tokens = [];
    let pos = this.pos;
    while (pos < n) {
      const c = text.charCodeAt(pos);
      if (isBlank2(c)) {
        pos++;
      } else if (isBreak(c)) {
        break;
      } else if (c === CH_HASH) {
        let j = pos + 1;
        while (j < n && !isBreak(text.charCodeAt(j))) j++;
        this.comments.push({ text: text.slice(pos + 1, j), span: { start: pos, end: j }, line: this.line });
        pos = j;
      } else if (c === CH_QUOTE) {
        const s = this.readString(pos);
        tokens.push(s);
        pos = s.end;
      } else {
        let j = pos + 1;
        while (j < n) {
          const e = text.charCodeAt(j);
          if (isBlank2(e) || isBreak(e) || e === CH_HASH || e === CH_QUOTE) break;
          j++;
        }
        tokens.push({ kind: "word", text: text.slice(pos, j), start: pos, end: j });
        pos = j;
      }
    }
    if (pos < n) {
      pos = this.skipBreak(pos);
      this.line++;
    }
    this.pos = pos;
    return tokens;
  }
  /** Offset just after the line break at `i` (which must be \r or \n). */
  skipBreak(i) {
    const text = this.text;
    return text.charCodeAt(i) === CH_CR && text.charCodeAt(i + 1) === CH_LF ? i + 2 : i + 1;
  }
  /** Does an unescaped `"` follow `from` before the end of the file? Memoised, see noCloseAfter. */
  hasClose(from) {
    if (from >= this.noCloseAfter) return false;
    const text = this.text;
    const n = this.n;
    for (let i = from; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === CH_BACKSLASH) i++;
      else if (c === CH_QUOTE) return true;
    }
    this.noCloseAfter = from;
    return false;
  }
  /**
   * Reads a quoted string whose opening quote is at `open`; the token's `end` is where reading goes
   * on. Advances `line` over the line breaks inside; reports an unterminated string.
   */
  readString(open) {
    const text = this.text;
    const n = this.n;
    const openLine = this.line;
    let line = openLine;
    const terminated = this.hasClose(open + 1);
    const parts = [];
    const offsets = [];
    let i = open + 1;
    let runStart = i;
    let close = -1;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === CH_QUOTE) {
        pushRun(text, runStart, i, parts, offsets);
        close = i;
        break;
      }
      if (c === CH_BACKSLASH) {
        const d = text.charCodeAt(i + 1);
        if (d === CH_QUOTE || d === CH_BACKSLASH) {
          pushRun(text, runStart, i, parts, offsets);
          parts.push(d === CH_QUOTE ? '"' : "\\");
          offsets.push(i);
          i += 2;
          runStart = i;
          continue;
        }
        i++;
        continue;
      }
      if (isBreak(c) || isBlank2(c)) {
        let j = i;
        let hasBreak = false;
        let breaks = 0;
        while (j < n) {
          const e = text.charCodeAt(j);
          if (isBlank2(e)) j++;
          else if (isBreak(e)) {
            if (!terminated) break;
            hasBreak = true;
            breaks++;
            j = this.skipBreak(j);
          } else break;
        }
        if (!terminated && (j >= n || isBreak(text.charCodeAt(j)))) {
          i = j;
          break;
        }
        if (hasBreak) {
          pushRun(text, runStart, i, parts, offsets);
          parts.push(" ");
          offsets.push(i);
          line += breaks;
          runStart = j;
        }
        i = j;
        continue;
      }
      i++;
    }
    let end;
    let closeOffset;
    if (close >= 0) {
      closeOffset = close;
      end = close + 1;
    } else {
      pushRun(text, runStart, i, parts, offsets);
      closeOffset = i;
      end = i;
      this.errors.push({
        span: { start: open, end: i },
        message: `unterminated string: the prompt opened on line ${openLine + 1} has no closing quote`
      });
    }
    this.line = line;
    offsets.push(closeOffset);
    return {
      kind: "string",
      start: open,
      end,
      openLine,
      closeLine: line,
      prompt: { text: parts.join(""), span: { start: open, end }, sourceOffsets: offsets }
    };
  }
};

// server/src/core/ivr/parse.ts
var STEP_KEYWORDS = ["lang", "say", "consent", "record", "menu", "goto", "transfer", "hangup"];
var RECORD_ACTIONS = ["start", "stop", "pause", "resume"];
var IDENT = /^[A-Za-z0-9_-]+$/;
var KEY = /^[0-9*]+$/;
var LANG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
function sp(start2, end) {
  return { start: start2, end };
}
function parseIvr(uri, text) {
  const steps = [];
  const comments = [];
  const errors = [];
  const labels = /* @__PURE__ */ new Map();
  const prompts = /* @__PURE__ */ new Map();
  const labelUses = [];
  let lang;
  const error = (start2, end, message) => {
    errors.push({ span: sp(start2, end), message });
  };
  const lexer = new IvrLexer(text, comments, errors);
  while (!lexer.done) {
    const startLine = lexer.line;
    const tokens = lexer.nextLine();
    if (tokens.length > 0) parseLine(tokens, startLine);
  }
  function unexpected(tokens, from, after) {
    if (from >= tokens.length) return;
    const first = tokens[from];
    const last = tokens[tokens.length - 1];
    const what = first.kind === "word" ? `\`${showToken(first.text)}\`` : "a quoted string";
    const prev = tokens[from - 1];
    const hint = prev.kind === "string" && prev.closeLine > prev.openLine ? ` (the prompt opened on line ${prev.openLine + 1} closes on line ${prev.closeLine + 1}; is a closing quote missing?)` : "";
    error(first.start, last.end, `unexpected ${what} after \`${after}\`${hint}`);
  }
  function stepSpan(tokens, upTo = tokens.length) {
    return sp(tokens[0].start, tokens[upTo - 1].end);
  }
  function parseLine(tokens, stepLine) {
    const head = tokens[0];
    if (head.kind === "string") {
      error(head.start, head.end, "a prompt must follow `say` or `consent`; this line starts with a quoted string");
      return;
    }
    const word = head.text;
    const kwSpan = sp(head.start, head.end);
    if (word.endsWith(":") && word.length > 1) {
      const name = word.slice(0, -1);
      if (!IDENT.test(name)) {
        error(head.start, head.end - 1, `label \`${showToken(name)}\` may only use letters, digits, \`-\` and \`_\``);
        return;
      }
      const nameSpan = sp(head.start, head.end - 1);
      const first = labels.get(name);
      if (first !== void 0) {
        error(nameSpan.start, nameSpan.end, `duplicate label \`${name}\` (first on line ${steps[first].line + 1})`);
      } else {
        labels.set(name, steps.length);
      }
      steps.push({ kind: "label", name, nameSpan, span: kwSpan, line: stepLine });
      unexpected(tokens, 1, word);
      return;
    }
    switch (word) {
      case "lang": {
        const code = tokens[1];
        if (!code) {
          error(kwSpan.start, kwSpan.end, "`lang` needs a language code, e.g. `lang nl`");
          return;
        }
        if (code.kind !== "word" || !LANG.test(code.text)) {
          const shown = code.kind === "word" ? `\`${showToken(code.text)}\`` : "a quoted string";
          error(code.start, code.end, `\`lang\` takes a BCP 47 language code such as nl, en, de or fr; got ${shown}`);
          return;
        }
        lang = code.text;
        steps.push({ kind: "lang", code: code.text, codeSpan: sp(code.start, code.end), span: stepSpan(tokens, 2), line: stepLine });
        unexpected(tokens, 2, `lang ${code.text}`);
        return;
      }
      case "say":
      case "consent": {
        let k = 1;
        let id;
        let idSpan;
        const idTok = tokens[1];
        if (idTok && idTok.kind === "word" && !(word === "consent" && idTok.text.includes("="))) {
          k = 2;
          if (!IDENT.test(idTok.text)) {
            error(idTok.start, idTok.end, `prompt id \`${showToken(idTok.text)}\` may only use letters, digits, \`-\` and \`_\``);
          } else {
            id = idTok.text;
            idSpan = sp(idTok.start, idTok.end);
          }
        }
        const str2 = tokens[k];
        if (!str2 || str2.kind !== "string") {
          const example = word === "say" ? 'say greeting "Welcome."' : 'consent training "Press 1 to agree." accept=1 refuse=2';
          if (str2) error(str2.start, str2.end, `\`${word}\` needs a quoted prompt here, e.g. \`${example}\`; got \`${showToken(str2.text)}\``);
          else error(kwSpan.start, (idSpan ?? kwSpan).end, `\`${word}\` needs a quoted prompt, e.g. \`${example}\``);
          return;
        }
        k++;
        const index = steps.length;
        if (id !== void 0 && idSpan) {
          const first = prompts.get(id);
          if (first !== void 0) {
            error(idSpan.start, idSpan.end, `duplicate prompt id \`${id}\` (first on line ${steps[first].line + 1})`);
          } else {
            prompts.set(id, index);
          }
        }
        if (word === "say") {
          steps.push({ kind: "say", id, idSpan, prompt: str2.prompt, lang, span: stepSpan(tokens, k), line: stepLine });
          unexpected(tokens, k, 'say "\u2026"');
          return;
        }
        const step = { kind: "consent", id, idSpan, prompt: str2.prompt, lang, span: stepSpan(tokens), line: stepLine };
        const written = /* @__PURE__ */ new Set();
        for (; k < tokens.length; k++) {
          const t = tokens[k];
          const eq = t.kind === "word" ? t.text.indexOf("=") : -1;
          const name = t.kind === "word" && eq > 0 ? t.text.slice(0, eq) : "";
          if (t.kind !== "word" || name !== "accept" && name !== "refuse") {
            const shown = t.kind === "word" ? `\`${showToken(t.text)}\`` : "a quoted string";
            error(t.start, t.end, `\`consent\` takes accept=<key> and refuse=<key> after the prompt; got ${shown}`);
            continue;
          }
          const value = t.text.slice(eq + 1);
          const valueSpan = sp(t.start + eq + 1, t.end);
          written.add(name);
          if (!KEY.test(value)) {
            error(value ? valueSpan.start : t.start, t.end, `\`${name}\` takes a key (digits or \`*\`); got \`${showToken(value)}\``);
            continue;
          }
          if (step[name] !== void 0) {
            error(t.start, t.end, `\`${name}\` is given twice`);
            continue;
          }
          if (name === "accept") {
            step.accept = value;
            step.acceptSpan = valueSpan;
          } else {
            step.refuse = value;
            step.refuseSpan = valueSpan;
          }
        }
        const missing = ["accept", "refuse"].filter((k2) => !written.has(k2)).map((k2) => `${k2}=<key>`);
        if (missing.length > 0) {
          error(kwSpan.start, kwSpan.end, `\`consent\` needs ${missing.join(" and ")} after the prompt`);
        } else if (step.accept === step.refuse && step.refuseSpan) {
          error(step.refuseSpan.start, step.refuseSpan.end, `\`accept\` and \`refuse\` use the same key \`${step.accept}\``);
        }
        steps.push(step);
        return;
      }
      case "record": {
        const a = tokens[1];
        if (!a) {
          error(kwSpan.start, kwSpan.end, "`record` takes start, stop, pause or resume");
          return;
        }
        const action = a.kind === "word" ? RECORD_ACTIONS.find((x) => x === a.text) : void 0;
        if (!action) {
          const shown = a.kind === "word" ? `\`${showToken(a.text)}\`` : "a quoted string";
          error(a.start, a.end, `\`record\` takes start, stop, pause or resume; got ${shown}`);
          return;
        }
        steps.push({ kind: "record", action, actionSpan: sp(a.start, a.end), span: stepSpan(tokens, 2), line: stepLine });
        unexpected(tokens, 2, `record ${action}`);
        return;
      }
      case "menu": {
        const options = [];
        const seen = /* @__PURE__ */ new Map();
        for (let k = 1; k < tokens.length; k++) {
          const t = tokens[k];
          if (t.kind !== "word") {
            error(t.start, t.end, "`menu` options are <key>=<label>; got a quoted string");
            continue;
          }
          const eq = t.text.indexOf("=");
          const key = eq > 0 ? t.text.slice(0, eq) : "";
          const label = eq > 0 ? t.text.slice(eq + 1) : "";
          if (!KEY.test(key) || !IDENT.test(label)) {
            let why = "";
            if (eq > 0 && !KEY.test(key)) why = `; the key \`${showToken(key)}\` is not digits or \`*\``;
            else if (eq > 0 && label === "") why = "; the label is missing";
            else if (eq > 0) why = `; the label \`${showToken(label)}\` may only use letters, digits, \`-\` and \`_\``;
            error(t.start, t.end, `\`menu\` option \`${showToken(t.text)}\` must be <key>=<label>${why}`);
            continue;
          }
          const keySpan = sp(t.start, t.start + eq);
          const labelSpan = sp(t.start + eq + 1, t.end);
          if (seen.has(key)) {
            error(keySpan.start, keySpan.end, `\`menu\` key \`${key}\` is used twice`);
            continue;
          }
          seen.set(key, keySpan);
          options.push({ key, label, keySpan, labelSpan });
          labelUses.push({ name: label, span: labelSpan, step: "menu", key });
        }
        if (tokens.length === 1) {
          error(kwSpan.start, kwSpan.end, "`menu` needs at least one option <key>=<label>, e.g. `menu 1=sales 2=support`");
        }
        if (options.length === 0) return;
        steps.push({ kind: "menu", options, span: stepSpan(tokens), line: stepLine });
        return;
      }
      case "goto":
      case "transfer": {
        const t = tokens[1];
        const what = word === "goto" ? "a label" : "a target";
        if (!t) {
          error(kwSpan.start, kwSpan.end, `\`${word}\` needs ${what}, e.g. \`${word === "goto" ? "goto main-menu" : "transfer sales-queue"}\``);
          return;
        }
        if (t.kind !== "word" || word === "goto" && !IDENT.test(t.text)) {
          const shown = t.kind === "word" ? `\`${showToken(t.text)}\`` : "a quoted string";
          error(t.start, t.end, `\`${word}\` needs ${what}${word === "goto" ? " (letters, digits, `-` and `_`)" : ""}; got ${shown}`);
          return;
        }
        const s = sp(t.start, t.end);
        if (word === "goto") {
          steps.push({ kind: "goto", label: t.text, labelSpan: s, span: stepSpan(tokens, 2), line: stepLine });
          labelUses.push({ name: t.text, span: s, step: "goto" });
        } else {
          steps.push({ kind: "transfer", target: t.text, targetSpan: s, span: stepSpan(tokens, 2), line: stepLine });
        }
        unexpected(tokens, 2, `${word} ${t.text}`);
        return;
      }
      case "hangup":
        steps.push({ kind: "hangup", span: kwSpan, line: stepLine });
        unexpected(tokens, 1, "hangup");
        return;
      default: {
        const guess = closestKeyword(word, STEP_KEYWORDS);
        const hint = guess ? ` (did you mean \`${guess}\`?)` : "";
        error(
          kwSpan.start,
          kwSpan.end,
          `unknown step \`${showToken(word)}\`${hint}; expected one of ${STEP_KEYWORDS.join(", ")} or a label \`<name>:\``
        );
      }
    }
  }
  let suggestBudget = 2e5;
  for (const use of labelUses) {
    if (labels.has(use.name)) continue;
    const guess = suggestBudget > 0 ? closestKeyword(use.name, labels.keys()) : void 0;
    suggestBudget -= labels.size;
    const hint = guess ? ` (did you mean \`${guess}\`?)` : "";
    const where = use.step === "goto" ? "`goto`" : `\`menu\` option \`${use.key}\``;
    error(use.span.start, use.span.end, `${where} names no label \`${use.name}\`${hint}`);
  }
  errors.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { uri, steps, comments, errors, labels, prompts };
}

// server/src/core/rules/announcement/announcement-after-recording.ts
function describe(s) {
  switch (s.kind) {
    case "label":
      return `${s.name}:`;
    case "say":
    case "consent":
      return `${s.kind}${s.id ? ` ${s.id}` : ""}`;
    case "record":
      return `record ${s.action}`;
    case "menu":
      return "menu";
    case "goto":
      return `goto ${s.label}`;
    case "transfer":
      return `transfer ${s.target}`;
    case "hangup":
      return "hangup";
    case "lang":
      return `lang ${s.code}`;
  }
}
function langAt(script, index) {
  for (let i = index; i >= 0; i--) {
    const s = script.steps[i];
    if (s.kind === "lang") return s.code;
  }
  return void 0;
}
function lineRange(idx, text, start2, end) {
  const first = idx.positionAt(start2).line;
  const last = idx.positionAt(Math.max(start2, end - 1)).line;
  const to = last + 1 < idx.lineCount ? idx.lineStart(last + 1) : text.length;
  return { start: idx.lineStart(first), end: to };
}
function unannouncedAfter(uri, fixed, noticeSources) {
  const script = parseIvr(uri, fixed);
  if (script.errors.length) return Infinity;
  const notices = /* @__PURE__ */ new Set();
  script.steps.forEach((s, i) => {
    if ((s.kind === "say" || s.kind === "consent") && noticeSources.includes(fixed.slice(s.span.start, s.span.end))) notices.add(i);
  });
  const isStart = (i) => {
    const s = script.steps[i];
    return s.kind === "record" && s.action === "start";
  };
  return pathsReaching(script, isStart, (i) => notices.has(i)).length;
}
var announcementAfterRecording = definePolicyRule({
  meta: {
    id: "announcement-after-recording",
    area: "announcement",
    defaultSeverity: "error",
    legalSource: "GDPR art. 13(1)",
    description: "A caller can reach `record start` before hearing the notice.",
    fixable: true,
    recordings: "all",
    messages: {
      "before-notice": "A caller can reach this `record start` before hearing the recording notice (path: {{path}}); callers must be told before recording starts (art. 13(1) GDPR). Play the notice before `record start` on every path."
    }
  },
  create(ctx) {
    return {
      recording(rec) {
        const a = ctx.announcement(rec);
        if (a.status !== "ok" || a.via !== "script" || !a.script || !a.scriptUri) return;
        const noticeSteps = new Set(a.notices.filter((n) => n.analysis?.records && n.stepIndex !== void 0).map((n) => n.stepIndex));
        if (noticeSteps.size === 0) return;
        const script = a.script;
        const hits = pathsReaching(script, (i) => {
          const s = script.steps[i];
          return s.kind === "record" && s.action === "start";
        }, (i) => noticeSteps.has(i));
        const text = ctx.scriptText(a.scriptUri);
        for (const { target, path: path12 } of hits) {
          const step = script.steps[target];
          const route = path12.map((i) => `line ${script.steps[i].line + 1} (${describe(script.steps[i])})`);
          const related = path12.slice(0, -1).filter((i) => ["menu", "goto", "label", "say", "consent"].includes(script.steps[i].kind)).map((i) => ({ uri: a.scriptUri, span: script.steps[i].span, message: `the caller passes ${describe(script.steps[i])}` }));
          const firstNotice = [...noticeSteps].sort((x, y) => x - y)[0];
          related.push({ uri: a.scriptUri, span: script.steps[firstNotice].span, message: "the notice comes only here" });
          let fix;
          if (text !== void 0) {
            const ordered = [...noticeSteps].sort((x, y) => x - y);
            const candidates = [...new Set([ordered.find((i) => i > target), ordered.length === 1 ? ordered[0] : void 0].filter((i) => i !== void 0))];
            const sources = ordered.map((i) => text.slice(script.steps[i].span.start, script.steps[i].span.end));
            for (const ni of candidates) {
              const notice = script.steps[ni];
              const noticeLang = notice.kind === "say" || notice.kind === "consent" ? notice.lang : void 0;
              if (langAt(script, target) !== noticeLang) continue;
              const idx = lineIndexOf(text);
              const from = lineRange(idx, text, notice.span.start, notice.span.end);
              const at = idx.lineStart(step.line);
              let body = text.slice(from.start, from.end);
              if (!/[\r\n]$/.test(body)) body += text.includes("\r\n") ? "\r\n" : "\n";
              const edits = [{ uri: a.scriptUri, start: at, end: at, newText: body }, { uri: a.scriptUri, start: from.start, end: from.end, newText: "" }];
              if (from.start < at && from.end > at) continue;
              if (unannouncedAfter(script.uri, applyEdits(text, edits).text, sources) >= hits.length) continue;
              const id = (notice.kind === "say" || notice.kind === "consent") && notice.id ? ` \`${notice.id}\`` : "";
              fix = { title: `Move the notice${id} before this \`record start\``, edits };
              break;
            }
          }
          ctx.report({
            uri: a.scriptUri,
            span: step.span,
            messageId: "before-notice",
            data: { path: route.join(" \u2192 ") },
            related,
            fix
          });
        }
      }
    };
  }
});

// server/src/core/rules/announcement/announcement-denies-recording.ts
var announcementDeniesRecording = definePolicyRule({
  meta: {
    id: "announcement-denies-recording",
    area: "announcement",
    defaultSeverity: "error",
    legalSource: "GDPR art. 5(1)(a), 13",
    description: "The notice says the call is not recorded, yet the policy records it.",
    fixable: false,
    recordings: "all",
    messages: {
      denies: "The notice tells callers the call is not recorded, but {{recording}} records it (mode `{{mode}}`); that misleads them (art. 5(1)(a), 13 GDPR). Either stop recording this line (`mode: none`) or say that, and why, it is recorded."
    }
  },
  create(ctx) {
    return {
      recording(rec) {
        const a = ctx.announcement(rec);
        if (a.status !== "ok") return;
        const analysed = a.notices.filter((n) => n.analysis);
        const anyRecords = analysed.some((n) => n.analysis.records);
        for (const n of analysed) {
          const an = n.analysis;
          if (!an.denies || an.records) continue;
          if (anyRecords && !rec.announcement?.prompt) continue;
          const span = an.denySpan ? n.toSource(an.denySpan.start, an.denySpan.end) : n.span;
          ctx.report({
            uri: n.uri,
            span,
            messageId: "denies",
            data: { recording: ctx.recordingName(rec), mode: rec.mode?.value ?? "all" },
            related: n.uri !== ctx.uri ? [{ uri: ctx.uri, span: rec.mode?.span ?? a.declSpan, message: `${ctx.recordingName(rec)} records` }] : []
          });
        }
      }
    };
  }
});

// server/src/core/rules/announcement/announcement-language-missing.ts
var announcementLanguageMissing = definePolicyRule({
  meta: {
    id: "announcement-language-missing",
    area: "announcement",
    defaultSeverity: "warning",
    legalSource: "GDPR art. 12(1)",
    description: "A language the policy serves callers in has no recording notice.",
    fixable: false,
    recordings: "all",
    messages: {
      "no-notice": "Callers served in `{{language}}` never hear a recording notice in `{{language}}` for {{recording}} (notices found in {{found}}); information must be given in a language the caller understands (art. 12(1) GDPR). Add a `{{language}}` notice to the script."
    }
  },
  create(ctx) {
    const languages = ctx.policy.languages;
    return {
      recording(rec) {
        if (languages.length < 1) return;
        const a = ctx.announcement(rec);
        if (noticesToRead(a).length === 0 || a.status !== "ok") return;
        const all = a.scriptNotices ?? a.notices;
        const have = new Set(all.filter((n) => n.analysis?.records).map((n) => n.lang.toLowerCase().split("-")[0]));
        for (const l of languages) {
          const code = l.value.toLowerCase().split("-")[0];
          if (have.has(code)) continue;
          ctx.report({ span: l.span, messageId: "no-notice", data: { language: l.value, recording: ctx.recordingName(rec), found: codeList(have) } });
        }
      }
    };
  }
});

// server/src/core/rules/announcement/announcement-missing.ts
var announcementMissing = definePolicyRule({
  meta: {
    id: "announcement-missing",
    area: "announcement",
    defaultSeverity: "error",
    legalSource: "GDPR art. 12, 13",
    description: "A recording that records has no announcement: the caller is never told.",
    fixable: false,
    recordings: "all",
    messages: {
      missing: "Recording {{recording}} records calls but has no announcement: callers must be told before recording starts, inbound and outbound alike (art. 13 GDPR). Add `announcement` with the `script` (and `prompt`) or `text` of the notice."
    }
  },
  create(ctx) {
    return {
      recording(rec) {
        if (ctx.announcement(rec).status !== "none") return;
        ctx.report({
          span: rec.announcement ? rec.announcement.entry.keySpan : rec.id?.span ?? rec.node.span,
          messageId: "missing",
          data: { recording: ctx.recordingName(rec) }
        });
      }
    };
  }
});

// server/src/core/rules/announcement/announcement-no-recording-mention.ts
var announcementNoRecordingMention = definePolicyRule({
  meta: {
    id: "announcement-no-recording-mention",
    area: "announcement",
    defaultSeverity: "error",
    legalSource: "GDPR art. 13",
    description: "The notice never says that the call is recorded.",
    fixable: false,
    recordings: "all",
    messages: {
      "no-prompt": 'No prompt in `{{script}}` says that calls are recorded, so callers of {{recording}} are never told (art. 13 GDPR). Add a notice such as "This call is recorded for \u2026", or name the notice with `prompt`.',
      "no-mention": 'The notice{{prompt}} of {{recording}} never says that the call is recorded (art. 13 GDPR). Say so in the notice, e.g. "This call is recorded for \u2026".'
    }
  },
  create(ctx) {
    return {
      recording(rec) {
        const a = ctx.announcement(rec);
        if (a.status !== "ok") return;
        const recording = ctx.recordingName(rec);
        if (a.notices.length === 0) {
          ctx.report({
            span: a.declSpan,
            messageId: "no-prompt",
            data: { script: rec.announcement?.script?.value ?? "the script", recording },
            related: a.scriptUri ? [{ uri: a.scriptUri, span: { start: 0, end: 0 }, message: "the script" }] : []
          });
          return;
        }
        const readable = readableNotices(a);
        if (readable.length === 0) return;
        if (readable.some((n) => n.analysis.records || n.analysis.denies)) return;
        for (const n of readable) {
          ctx.report({
            uri: n.uri,
            span: n.span,
            messageId: "no-mention",
            data: { prompt: n.promptId ? ` \`${n.promptId}\`` : "", recording },
            related: n.uri !== ctx.uri ? [{ uri: ctx.uri, span: a.declSpan, message: `named as the notice of ${recording}` }] : []
          });
        }
      }
    };
  }
});

// server/src/core/rules/announcement/announcement-website-only.ts
var announcementWebsiteOnly = definePolicyRule({
  meta: {
    id: "announcement-website-only",
    area: "announcement",
    defaultSeverity: "error",
    legalSource: "GDPR art. 13",
    description: "The only announcement is a link to the privacy statement.",
    fixable: false,
    recordings: "all",
    messages: {
      "website-only": "Recording {{recording}} is announced only in the privacy statement on the website; that does not tell the caller on the call (art. 13 GDPR, as the Dutch DPA holds). Play a notice before recording and name it under `announcement.script` or `announcement.text`."
    }
  },
  create(ctx) {
    return {
      recording(rec) {
        const a = ctx.announcement(rec);
        if (a.status !== "website-only") return;
        ctx.report({ span: a.span, messageId: "website-only", data: { recording: ctx.recordingName(rec) } });
      }
    };
  }
});

// server/src/core/policy/model.ts
function field(map, key) {
  const e = entry(map, key);
  if (!e) return void 0;
  const v = e.value;
  const span = v.kind === "scalar" && v.empty ? e.keySpan : v.span;
  const value = v.kind === "scalar" ? v.value : v;
  return { value, node: v, entry: e, keySpan: e.keySpan, span };
}
function str(map, key) {
  const f = field(map, key);
  if (!f) return void 0;
  const v = f.node;
  if (v.kind !== "scalar" || v.value === null) return void 0;
  return { ...f, value: String(v.value) };
}
function strItems(node) {
  const seq = asSeq(node);
  if (!seq) return [];
  const out = [];
  for (const it of seq.items) {
    if (it.kind === "scalar" && it.value !== null) {
      out.push({ value: String(it.value), node: it, entry: it.parent ?? seq.parent, keySpan: it.span, span: it.span });
    }
  }
  return out;
}
function mapsOf(node) {
  const seq = asSeq(node);
  if (!seq) return [];
  const out = [];
  seq.items.forEach((it, index) => {
    if (it.kind === "map") out.push({ map: it, index });
  });
  return out;
}
function buildRetention(purpose) {
  const e = entry(purpose, "retention");
  if (!e) return void 0;
  const node = e.value;
  if (node.kind === "scalar") {
    if (node.value === null) return { node, entry: e };
    return { node, entry: e, scalar: { value: String(node.value), node, entry: e, keySpan: e.keySpan, span: node.span } };
  }
  const m = asMap(node);
  return { node, entry: e, until: str(m, "until"), max: str(m, "max") };
}
function buildRecording(map, index) {
  const annE = entry(map, "announcement");
  let announcement;
  if (annE) {
    const am = asMap(annE.value);
    announcement = {
      entry: annE,
      node: annE.value,
      script: str(am, "script"),
      prompt: str(am, "prompt"),
      text: str(am, "text"),
      language: str(am, "language"),
      privacyStatement: field(am, "privacy_statement")
    };
  }
  const purposesField = field(map, "purposes");
  const purposes = mapsOf(purposesField?.node).map(({ map: pm, index: i }) => {
    const consent = field(pm, "consent");
    return {
      node: pm,
      index: i,
      purpose: str(pm, "purpose"),
      legalBasis: str(pm, "legal_basis"),
      law: field(pm, "law"),
      balancingTest: field(pm, "balancing_test"),
      consent,
      consentMechanism: str(asMap(consent?.node), "mechanism"),
      retention: buildRetention(pm)
    };
  });
  const usesField = field(map, "uses");
  const uses = usesField ? mapsOf(usesField.node).map(({ map: um, index: i }) => ({ node: um, index: i, purpose: str(um, "purpose"), by: strItems(entry(um, "by")?.value) })) : void 0;
  const access = field(map, "access");
  const rolesField = field(asMap(access?.node), "roles");
  const dataField = field(map, "data");
  return {
    node: map,
    index,
    id: str(map, "id"),
    description: str(map, "description"),
    direction: str(map, "direction"),
    partyToCall: field(map, "party_to_call"),
    onBehalfOfParticipant: field(map, "on_behalf_of_participant"),
    employeesInformed: field(map, "employees_informed"),
    mode: str(map, "mode"),
    sampleRate: field(map, "sample_rate"),
    retroactive: field(map, "retroactive"),
    bufferRetention: str(map, "buffer_retention"),
    data: strItems(dataField?.node),
    dataField,
    art9Condition: field(map, "art9_condition"),
    transcripts: field(map, "transcripts"),
    announcement,
    purposesField,
    purposes,
    uses,
    usesField,
    access,
    accessRoles: rolesField ? strItems(rolesField.node) : void 0,
    accessRolesField: rolesField,
    processors: mapsOf(field(map, "processors")?.node).map(({ map: pm, index: i }) => ({
      node: pm,
      index: i,
      name: str(pm, "name"),
      purpose: str(pm, "purpose"),
      agreement: field(pm, "agreement")
    }))
  };
}
function buildPolicy(root) {
  const map = asMap(root);
  if (!map) return void 0;
  const triggers = /* @__PURE__ */ new Map();
  const triggersField = field(map, "triggers");
  for (const e of asMap(triggersField?.node)?.entries ?? []) {
    if (e.key.startsWith("x-")) continue;
    const tm = asMap(e.value);
    if (!triggers.has(e.key)) triggers.set(e.key, { id: e.key, keySpan: e.keySpan, entry: e, description: str(tm, "description"), max: str(tm, "max") });
  }
  const customPurposes = /* @__PURE__ */ new Map();
  const customPurposesField = field(map, "custom_purposes");
  for (const e of asMap(customPurposesField?.node)?.entries ?? []) {
    if (e.key.startsWith("x-")) continue;
    const cm = asMap(e.value);
    const phrases = {};
    for (const pe of asMap(entry(cm, "phrases")?.value)?.entries ?? []) phrases[pe.key] = strItems(pe.value).map((f) => f.value);
    customPurposes.set(e.key, { id: e.key, keySpan: e.keySpan, description: str(cm, "description"), phrases, related: strItems(entry(cm, "related")?.value).map((f) => f.value) });
  }
  const subjectRights = field(map, "subject_rights");
  const subjectAccess = field(asMap(subjectRights?.node), "access");
  const languagesField = field(map, "languages");
  const recordingsField = field(map, "recordings");
  return {
    root: map,
    policyVersion: field(map, "policy"),
    controller: str(map, "controller"),
    jurisdiction: str(map, "jurisdiction"),
    sector: str(map, "sector"),
    languagesField,
    languages: strItems(languagesField?.node),
    triggersField,
    triggers,
    customPurposesField,
    customPurposes,
    subjectRights,
    subjectAccess,
    subjectAccessIncludes: field(asMap(subjectAccess?.node), "includes"),
    recordingsField,
    recordings: mapsOf(recordingsField?.node).map(({ map: rm, index }) => buildRecording(rm, index))
  };
}
function usedPurposes(rec) {
  const out = [];
  if (rec.uses) {
    for (const u of rec.uses) if (u.purpose) out.push(u.purpose);
  } else {
    for (const p of rec.purposes) if (p.purpose) out.push(p.purpose);
  }
  for (const p of rec.processors) if (p.purpose) out.push(p.purpose);
  return out;
}

// server/src/core/rules/announcement/purpose-not-announced.ts
var NOT_ANNOUNCED = "`{{purpose}}` is not announced in the {{where}} of {{recording}}, which announces {{announced}}";
var purposeNotAnnounced = definePolicyRule({
  meta: {
    id: "purpose-not-announced",
    area: "announcement",
    defaultSeverity: "error",
    legalSource: "GDPR art. 5(1)(b), 6(4), 13(1)(c)",
    description: "A purpose the recording declares or uses is not announced in the notices of one of its languages.",
    fixable: false,
    hasSuggestions: true,
    recordings: "all",
    messages: {
      related: `${NOT_ANNOUNCED}; it is directly related to \`{{relatedTo}}\`, so art. 6(4) GDPR may allow it, but callers were not told (art. 13(1)(c)). Name it in the notice.`,
      unrelated: `${NOT_ANNOUNCED}; recordings may only be used for the purposes callers were told (art. 5(1)(b), 13(1)(c) GDPR). Name it in the notice or stop this use.`
    }
  },
  create(ctx) {
    const custom = new Map([...ctx.policy.customPurposes].map(([id, cp]) => [id, cp.related]));
    return {
      recording(rec) {
        const notices = noticesToRead(ctx.announcement(rec));
        if (notices.length === 0) return;
        const first = /* @__PURE__ */ new Map();
        for (const p of rec.purposes) if (p.purpose && !first.has(p.purpose.value)) first.set(p.purpose.value, p.purpose);
        for (const u of usedPurposes(rec)) if (!first.has(u.value)) first.set(u.value, u);
        const groups = byLanguage(notices);
        for (const group of groups) {
          const said = announcedIn(group.notices);
          const saidIds = [...said.keys()];
          const single = group.notices.length === 1 && group.notices[0].promptId ? ` \`${group.notices[0].promptId}\`` : "";
          const where = `${languageName(group.lang)} notice${single}`;
          const recording = group.notices.filter((n) => n.analysis?.records);
          const toEdit = recording.length ? recording : group.notices.slice(0, 1);
          for (const [id, node] of first) {
            if (said.has(id)) continue;
            const relatedTo = saidIds.find((s) => isRelated(s, id, custom));
            const data = { purpose: id, where, recording: ctx.recordingName(rec), announced: saidIds.length ? codeList(saidIds) : "no purpose" };
            const suggestion = addToNoticesFix(toEdit, [id], group.lang);
            ctx.report({
              span: node.span,
              severity: relatedTo ? "warning" : "error",
              messageId: relatedTo ? "related" : "unrelated",
              data: relatedTo ? { ...data, relatedTo } : data,
              related: group.notices.map((n) => noticeRelated(n)),
              suggestions: suggestion ? [suggestion] : []
            });
          }
        }
      }
    };
  }
});
function byLanguage(notices) {
  const groups = /* @__PURE__ */ new Map();
  for (const n of notices) {
    const key = n.lang.toLowerCase().split("-")[0];
    const list = groups.get(key) ?? [];
    list.push(n);
    groups.set(key, list);
  }
  const out = [...groups].map(([lang, ns]) => ({ lang, notices: ns }));
  const recording = out.filter((g) => g.notices.some((n) => n.analysis?.records));
  return recording.length ? recording : out;
}
function announcedIn(notices) {
  const out = /* @__PURE__ */ new Map();
  for (const n of notices) for (const p of n.analysis?.purposes ?? []) out.set(p.id, true);
  return out;
}

// server/src/core/rules/announcement/purpose-unused.ts
var purposeUnused = definePolicyRule({
  meta: {
    id: "purpose-unused",
    area: "announcement",
    defaultSeverity: "hint",
    legalSource: "",
    description: "A declared purpose that no use or processor serves (when `uses` is given).",
    fixable: false,
    recordings: "recorded",
    messages: { unused: "Purpose `{{purpose}}` of {{recording}} is declared but no use serves it. Remove it, or list the use under `uses`." }
  },
  create(ctx) {
    return {
      recording(rec) {
        if (!rec.uses) return;
        const used = /* @__PURE__ */ new Set();
        for (const u of rec.uses) if (u.purpose) used.add(u.purpose.value);
        for (const p of rec.processors) if (p.purpose) used.add(p.purpose.value);
        for (const p of rec.purposes) {
          if (!p.purpose || used.has(p.purpose.value)) continue;
          ctx.report({ span: p.purpose.span, unnecessary: true, messageId: "unused", data: { purpose: p.purpose.value, recording: ctx.recordingName(rec) } });
        }
      }
    };
  }
});

// server/src/core/rules/announcement/use-undeclared-purpose.ts
var useUndeclaredPurpose = definePolicyRule({
  meta: {
    id: "use-undeclared-purpose",
    area: "announcement",
    defaultSeverity: "error",
    legalSource: "GDPR art. 5(1)(b)",
    description: "A use or processor names a purpose the recording does not declare.",
    fixable: false,
    hasSuggestions: true,
    recordings: "recorded",
    messages: {
      undeclared: "{{user}} of {{recording}} serves `{{purpose}}`, which the recording does not declare under `purposes`; every use needs a declared purpose with a legal basis and retention (art. 5(1)(b) GDPR). Declare it, or stop this use."
    }
  },
  create(ctx) {
    return {
      recording(rec) {
        const declared = declaredIds(rec);
        const reported = /* @__PURE__ */ new Set();
        const uses = [...(rec.uses ?? []).map((u) => ({ f: u.purpose, what: "a use" })), ...rec.processors.map((p) => ({ f: p.purpose, what: `processor${p.name ? ` \`${p.name.value}\`` : ""}` }))];
        for (const { f, what } of uses) {
          if (!f || declared.has(f.value) || reported.has(f.value)) continue;
          if (!isBuiltinPurpose(f.value) && !ctx.policy.customPurposes.has(f.value)) continue;
          reported.add(f.value);
          const seq = asSeq(rec.purposesField?.node);
          const suggestions = seq && (seq.items.length === 0 || seq.items[0].kind === "map") ? [{ title: `Declare \`${f.value}\` under \`purposes\``, edits: [appendMapItem(ctx.target, seq, { purpose: f.value })] }] : [];
          ctx.report({ span: f.span, messageId: "undeclared", data: { user: cap(what), recording: ctx.recordingName(rec), purpose: f.value }, suggestions });
        }
      }
    };
  }
});

// server/src/core/rules/announcement/vague-purpose.ts
var vaguePurpose = definePolicyRule({
  meta: {
    id: "vague-purpose",
    area: "announcement",
    defaultSeverity: "warning",
    legalSource: "GDPR art. 12(1), 13(1)(c)",
    description: 'The notice relies on a vague phrase such as "quality purposes" or "internal purposes".',
    fixable: false,
    hasSuggestions: true,
    recordings: "all",
    messages: {
      vague: '"{{words}}" is vague{{reading}}: callers must be told the specific purposes (art. 12(1), 13(1)(c) GDPR). Say what the recordings are used for{{example}}.'
    }
  },
  create(ctx) {
    const seen = /* @__PURE__ */ new Set();
    return {
      notice(n, rec) {
        const declared = [...declaredIds(rec)];
        for (const v of n.analysis.vaguePhrases) {
          const span = n.toSource(v.start, v.end);
          const key = `${n.uri}:${span.start}:${span.end}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const named = new Set(n.analysis.purposes.filter((p) => !p.vague).map((p) => p.id));
          const missing = declared.filter((id) => !named.has(id));
          const pack = packFor(n.lang);
          const phrases = pack ? missing.map((id) => canonicalPurposePhrase(id, pack.code)).filter((x) => !!x) : [];
          const inEllipsis = /-\s*$/.test(v.text) || pack !== void 0 && afterEllipsis(n.text.slice(Math.max(0, v.start - 12), v.start), pack.lexicon.coordinators);
          const suggestions = !inEllipsis && phrases.length && phrases.length === missing.length ? [{ title: `Replace "${v.text}" with the declared purposes (${n.lang})`, edits: [{ uri: n.uri, start: span.start, end: span.end, newText: phrases.join(", ") }] }] : [];
          ctx.report({
            uri: n.uri,
            span,
            messageId: "vague",
            data: { words: v.text, reading: v.id ? ` (read as \`${v.id}\`)` : " and names no purpose", example: declared.length ? `, e.g. ${codeList(declared)}` : "" },
            suggestions
          });
        }
      }
    };
  }
});
function afterEllipsis(before, coordinators) {
  const m = /-\s+([\p{L}]+)\s+$/u.exec(before);
  return m !== null && coordinators.some((c) => c.toLowerCase() === m[1].toLowerCase());
}

// server/src/core/rules/announcement/index.ts
var ANNOUNCEMENT_RULES = [
  announcementMissing,
  announcementWebsiteOnly,
  announcementNoRecordingMention,
  announcementDeniesRecording,
  announcementAfterRecording,
  purposeNotAnnounced,
  useUndeclaredPurpose,
  announcedPurposeUndeclared,
  vaguePurpose,
  announcementLanguageMissing,
  purposeUnused
];

// server/src/core/rules/files/internal-error.ts
var internalError = defineEngineRule({
  meta: {
    id: "internal-error",
    area: "files",
    defaultSeverity: "error",
    legalSource: "",
    description: "A rule (or reclint itself) failed on this file; the other rules and files still ran.",
    fixable: false,
    messages: {
      failed: "Rule `{{rule}}` failed on this file ({{error}}). The other rules still ran; please report this.",
      "file-failed": "reclint failed on this file ({{error}}). The other files are still linted; please report this."
    }
  }
});

// server/src/core/duration.ts
var ISO = /^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
function isIsoDuration(s) {
  return ISO.test(s);
}
var UNITS = [
  // [unit words, ISO designator, time part]
  [/^(years?|yrs?|y|jaar|jaren|jahre?n?|ans?|années?)$/, "Y", false],
  [/^(months?|mo|maand(en)?|monate?n?|mois)$/, "M", false],
  [/^(weeks?|wk|w|we(e)?k(en)?|wochen?|semaines?)$/, "W", false],
  [/^(days?|d|dag(en)?|tage?n?|jours?)$/, "D", false],
  [/^(hours?|hrs?|h|uur|uren|stunden?|heures?)$/, "H", true],
  [/^(minutes?|mins?|minuten?)$/, "M", true],
  [/^(seconds?|secs?|s|seconden?|sekunden?|secondes?)$/, "S", true]
];
function toIsoDuration(s) {
  const t = s.trim().toLowerCase();
  if (isIsoDuration(t.toUpperCase())) return t.toUpperCase();
  const m = /^(\d{1,6})\s*([a-zéèû]+)\.?$/.exec(t);
  if (!m) return void 0;
  for (const [re, d, time] of UNITS) if (re.test(m[2])) return time ? `PT${Number(m[1])}${d}` : `P${Number(m[1])}${d}`;
  return void 0;
}

// server/src/core/rules/files/invalid-duration.ts
var invalidDuration = definePolicyRule({
  meta: {
    id: "invalid-duration",
    area: "files",
    defaultSeverity: "error",
    legalSource: "",
    description: "`max` or `buffer_retention` is not an ISO 8601 duration.",
    fixable: true,
    recordings: "all",
    replaces: ["schema"],
    messages: { "not-iso": "`{{key}}` must be an ISO 8601 duration such as `P30D`, `P3M`, `P2Y` or `PT2H`; got `{{value}}`{{meaning}}." }
  },
  create(ctx) {
    const check3 = (f, key) => {
      if (!f || isIsoDuration(f.value) || INDEFINITE_WORDS.has(f.value.trim().toLowerCase())) return;
      const iso = toIsoDuration(f.value);
      ctx.report({
        span: f.span,
        messageId: "not-iso",
        data: { key, value: f.value, meaning: iso ? ` (that is \`${iso}\`)` : "" },
        fix: iso ? { title: `Replace \`${f.value}\` with \`${iso}\``, edits: [replaceScalar(ctx.target, f.node, iso)] } : void 0
      });
    };
    return {
      trigger: (tr) => check3(tr.max, "max"),
      recording: (rec) => check3(rec.bufferRetention, "buffer_retention"),
      purpose: (p) => check3(p.retention?.max, "max")
    };
  }
});

// server/src/core/rules/files/ivr-syntax.ts
var ivrSyntax = defineScriptRule({
  meta: {
    id: "ivr-syntax",
    area: "files",
    defaultSeverity: "error",
    legalSource: "",
    description: "A line of an `.ivr` script does not parse; the rest of the script is still read.",
    fixable: false,
    messages: { syntax: "{{problem}}" }
  },
  create(ctx) {
    return {
      script(s) {
        for (const e of s.errors) ctx.report({ span: e.span, messageId: "syntax", data: { problem: e.message } });
      }
    };
  }
});

// server/src/core/rules/files/placeholder-value.ts
var PLACEHOLDER = /^\s*TODO\b/;
var placeholderValue = definePolicyRule({
  meta: {
    id: "placeholder-value",
    area: "files",
    defaultSeverity: "info",
    legalSource: "",
    description: "A value still reads `TODO` (as written by a fix, `reclint init` or a snippet).",
    fixable: false,
    recordings: "all",
    messages: {
      placeholder: "`{{key}}` still reads `{{value}}`: a placeholder tells callers, the register and a regulator nothing. Write the real value."
    }
  },
  create(ctx) {
    return {
      policy(policy) {
        const stack = [policy.root];
        const found = [];
        while (stack.length) {
          const n = stack.pop();
          if (n.kind === "map") for (let i = n.entries.length - 1; i >= 0; i--) stack.push(n.entries[i].value);
          else if (n.kind === "seq") for (let i = n.items.length - 1; i >= 0; i--) stack.push(n.items[i]);
          else if (typeof n.value === "string" && PLACEHOLDER.test(n.value)) found.push(n);
        }
        for (const n of found) {
          const key = n.parent?.key ?? n.parentSeq?.parent?.key ?? "A value";
          const value = String(n.value).trim();
          ctx.report({ node: n, messageId: "placeholder", data: { key, value: value.length > 40 ? `${value.slice(0, 40)}\u2026` : value } });
        }
      }
    };
  }
});

// server/src/core/rules/files/prompt-not-found.ts
var promptNotFound = definePolicyRule({
  meta: {
    id: "prompt-not-found",
    area: "files",
    defaultSeverity: "error",
    legalSource: "",
    description: "`announcement.prompt` is not a prompt id in the script.",
    fixable: false,
    hasSuggestions: true,
    recordings: "all",
    messages: { "not-found": "The script has no prompt `{{prompt}}`{{didYouMean}}.{{prompts}}" }
  },
  create(ctx) {
    return {
      recording(rec) {
        const a = ctx.announcement(rec);
        if (a.status !== "prompt-missing") return;
        const ids = [...a.script.prompts.keys()];
        const guess = didYouMean(a.promptId, ids);
        const listed = ids.length ? ` Its prompts are ${codeList(ids.slice(0, 8))}${ids.length > 8 ? ", \u2026" : ""}.` : " It has no prompt with an id.";
        const prompt = rec.announcement.prompt;
        ctx.report({
          span: a.span,
          messageId: "not-found",
          data: { prompt: a.promptId, didYouMean: didYouMeanNote(guess), prompts: guess ? "" : listed },
          related: [{ uri: a.scriptUri, span: { start: 0, end: 0 }, message: "the script" }],
          suggestions: guess ? [{ title: `Replace with \`${guess}\``, edits: [replaceScalar(ctx.target, prompt.node, guess)] }] : []
        });
      }
    };
  }
});

// server/src/core/rules/files/schema.ts
var MISSING_KEY_VALUES = {
  policy: { value: 1, note: "the format version" },
  controller: { value: "TODO the organisation that decides on the recording", note: "name the controller" },
  recordings: { value: [], note: "then describe each recorded line" },
  id: { value: "TODO-recording-id", note: "name the line" },
  mode: { value: "all", note: "or sampled, on-demand, none" },
  sample_rate: { value: 0.1, note: "the share of calls recorded" },
  purpose: { value: "TODO-purpose", note: "a purpose id" },
  max: { value: "P30D", note: "how long at most" },
  name: { value: "TODO the processor", note: "name the processor" }
};
var schema = defineEngineRule({
  meta: {
    id: "schema",
    area: "files",
    defaultSeverity: "error",
    legalSource: "",
    description: "The policy breaks the JSON Schema of the format: a missing or unknown key, a wrong type, a value outside its list.",
    fixable: false,
    hasSuggestions: true,
    messages: { invalid: "{{problem}}" }
  },
  /** A missing required key: insert it with a value to check. */
  suggest(t, problem) {
    const missing = problem.missing;
    if (!missing) return [];
    const v = MISSING_KEY_VALUES[missing.key] ?? { value: "TODO", note: "fill in the value" };
    const shown = Array.isArray(v.value) ? "[]" : String(v.value);
    return insertKeySuggestion(t, missing.map, missing.key, v.value, `Add \`${missing.key}: ${shown}\` (${v.note})`);
  }
});

// server/src/core/rules/files/script-not-found.ts
var WHY = {
  "not-found": "no file exists there",
  directory: "it is a directory",
  "too-large": "the file is larger than the size limit, so it was not read",
  "outside-root": "it lies outside the project, so it was not read",
  unreadable: "the file could not be read",
  "not-a-script": "it is not an `.ivr` script"
};
var scriptNotFound = definePolicyRule({
  meta: {
    id: "script-not-found",
    area: "files",
    defaultSeverity: "error",
    legalSource: "",
    description: "`announcement.script` points to no readable script.",
    fixable: false,
    recordings: "all",
    messages: {
      unusable: "The announcement script `{{path}}` of {{recording}} cannot be used: {{why}}{{detail}}. Point `script` at the `.ivr` file, relative to this policy."
    }
  },
  create(ctx) {
    return {
      recording(rec) {
        const a = ctx.announcement(rec);
        if (a.status !== "script-missing") return;
        ctx.report({
          span: a.span,
          messageId: "unusable",
          data: { path: a.path, recording: ctx.recordingName(rec), why: WHY[a.reason] ?? a.reason, detail: a.detail ? ` (${a.detail})` : "" }
        });
      }
    };
  }
});

// server/src/core/rules/files/script-not-named.ts
var scriptNotNamed = defineEngineRule({
  meta: {
    id: "script-not-named",
    area: "files",
    defaultSeverity: "info",
    legalSource: "GDPR art. 5(1)(b), 13",
    description: "A script given on the command line (or opened in the editor) that no policy of the project names.",
    fixable: false,
    messages: {
      "not-named": "No recording policy of this project names this script, so nothing says what its recordings are for, on what basis or for how long (art. 5(1)(b), 13 GDPR), and reclint checks its notices against nothing. Name it in a policy's `announcement.script`."
    }
  }
});

// server/src/core/suppress.ts
var DIRECTIVE = /^([ \t]*#[ \t]*)reclint-disable-next-line\b(.*)$/;
function parseDirectives(text, index = new LineIndex(text)) {
  const out = [];
  if (!text.includes("reclint-disable")) return out;
  for (let line = 0; line < index.lineCount; line++) {
    const start2 = index.lineStart(line);
    const end = index.lineEnd(line);
    const lineText = text.slice(start2, end);
    const m = DIRECTIVE.exec(lineText);
    if (!m) continue;
    const restStart = start2 + m[1].length + "reclint-disable-next-line".length;
    let rest = m[2];
    let reason;
    const dash = rest.indexOf("--");
    if (dash >= 0) {
      reason = rest.slice(dash + 2).trim() || void 0;
      rest = rest.slice(0, dash);
    }
    const ids = [];
    const idRe = /[A-Za-z0-9_-]+/g;
    let im;
    while (im = idRe.exec(rest)) ids.push({ id: im[0], span: { start: restStart + im.index, end: restStart + im.index + im[0].length } });
    out.push({ line, span: { start: start2 + m[1].indexOf("#"), end }, ids, reason });
  }
  return out;
}
var UNUSED_SUPPRESSION = "unused-suppression";
var SUPPRESSION_WITHOUT_REASON = "suppression-without-reason";
var SUPPRESSION_MESSAGES = {
  "no-ids": "This `reclint-disable-next-line` names no rule, so it silences nothing. Name the rule ids it is for.",
  unused: "This suppression silences nothing: {{why}}. Remove it.",
  "no-reason": "This suppression gives no reason. Add one after ` -- ` so reviewers know why the finding does not apply."
};
function removeId(uri, d, id) {
  const k = d.ids.findIndex((x) => x.span.start === id.span.start);
  if (k < d.ids.length - 1) return { uri, start: id.span.start, end: d.ids[k + 1].span.start, newText: "" };
  return { uri, start: d.ids[k - 1].span.end, end: id.span.end, newText: "" };
}
function applySuppressions(uri, text, findings, knownIds) {
  const index = new LineIndex(text);
  const directives = parseDirectives(text, index);
  if (directives.length === 0) return findings;
  const byLine = /* @__PURE__ */ new Map();
  for (const d of directives) byLine.set(d.line + 1, d);
  const used = /* @__PURE__ */ new Set();
  const kept = [];
  for (const f of findings) {
    const line = index.positionAt(f.span.start).line;
    const d = byLine.get(line);
    const hit = d?.ids.find((i) => i.id === f.ruleId);
    if (d && hit) {
      used.add(`${d.line}:${hit.id}`);
      continue;
    }
    kept.push(f);
  }
  const make = (ruleId, severity, span, messageId, data, fix) => ({
    ruleId,
    severity,
    message: SUPPRESSION_MESSAGES[messageId].replace(/\{\{(\w+)\}\}/g, (w, k) => data[k] ?? w),
    messageId,
    data,
    uri,
    span,
    legalSource: "",
    docsUrl: docsUrlFor(ruleId),
    related: [],
    fix,
    suggestions: [],
    unnecessary: ruleId === UNUSED_SUPPRESSION
  });
  const lineOf2 = (d) => {
    const start2 = index.lineStart(d.line);
    const next = d.line + 1 < index.lineCount ? index.lineStart(d.line + 1) : index.lineEnd(d.line);
    return { start: start2, end: next };
  };
  for (const d of directives) {
    const unused = d.ids.filter((i) => !used.has(`${d.line}:${i.id}`));
    const removeAll = { title: "Remove this suppression comment", edits: [{ uri, ...lineOf2(d), newText: "" }] };
    if (d.ids.length === 0) kept.push(make(UNUSED_SUPPRESSION, "hint", d.span, "no-ids", {}, removeAll));
    for (const i of unused) {
      const data = { id: i.id, why: knownIds.has(i.id) ? `no \`${i.id}\` finding starts on the next line` : `\`${i.id}\` is not a reclint rule id` };
      const fix = unused.length === d.ids.length ? removeAll : { title: `Remove \`${i.id}\` from this suppression`, edits: [removeId(uri, d, i)] };
      kept.push(make(UNUSED_SUPPRESSION, "hint", i.span, "unused", data, fix));
    }
    if (!d.reason && d.ids.length > 0) kept.push(make(SUPPRESSION_WITHOUT_REASON, "warning", d.span, "no-reason", {}));
  }
  return kept;
}

// server/src/core/rules/files/suppression-without-reason.ts
var suppressionWithoutReason = defineEngineRule({
  meta: {
    id: "suppression-without-reason",
    area: "suppression",
    defaultSeverity: "warning",
    legalSource: "",
    description: "A `reclint-disable-next-line` comment gives no reason after ` -- `.",
    fixable: false,
    messages: { "no-reason": SUPPRESSION_MESSAGES["no-reason"] }
  }
});

// server/src/core/rules/files/too-many-findings.ts
var tooManyFindings = defineEngineRule({
  meta: {
    id: "too-many-findings",
    area: "files",
    defaultSeverity: "error",
    legalSource: "",
    description: "A file has more findings than `max_findings_per_file`; the rest are counted, not listed.",
    fixable: false,
    messages: {
      capped: "This file has {{more}} more findings ({{counts}}) than the {{limit}} shown, from here on. Fix those shown first (often one mistake, repeated), or raise `max_findings_per_file` in `.reclintrc.yaml`."
    }
  }
});

// server/src/core/rules/files/unknown-legal-basis.ts
var unknownLegalBasis = definePolicyRule({
  meta: {
    id: "unknown-legal-basis",
    area: "files",
    defaultSeverity: "error",
    legalSource: "GDPR art. 6(1)",
    description: "`legal_basis` is not one of the six canonical bases of art. 6(1).",
    fixable: true,
    hasSuggestions: true,
    recordings: "all",
    replaces: ["schema"],
    messages: {
      alias: "`legal_basis` `{{value}}` is an alias of `{{basis}}` ({{article}}); write the canonical value so every tool reads it the same way.",
      unknown: "`legal_basis` must be one of {{bases}} (art. 6(1) GDPR); got `{{value}}`{{didYouMean}}."
    }
  },
  create(ctx) {
    return {
      purpose(p) {
        const lb = p.legalBasis;
        if (!lb || LEGAL_BASES.includes(lb.value)) return;
        const key = lb.value.trim().toLowerCase().replace(/[\s_]+/g, "-");
        const alias = LEGAL_BASES.includes(key) ? key : LEGAL_BASIS_ALIASES[key];
        if (alias) {
          ctx.report({
            span: lb.span,
            messageId: "alias",
            // reclint reads an alias as its basis, so nothing is wrong in law: a warning (rules.md), not an error.
            severity: "warning",
            data: { value: lb.value, basis: alias, article: LEGAL_BASIS_ARTICLE[alias] },
            fix: { title: `Replace \`${lb.value}\` with \`${alias}\``, edits: [replaceScalar(ctx.target, lb.node, alias)] }
          });
          return;
        }
        const guess = didYouMean(lb.value, LEGAL_BASES);
        ctx.report({
          span: lb.span,
          messageId: "unknown",
          data: { value: lb.value, bases: LEGAL_BASES.join(", "), didYouMean: didYouMeanNote(guess) },
          suggestions: (guess ? [guess] : [...LEGAL_BASES]).map((b) => ({ title: `Replace with \`${b}\``, edits: [replaceScalar(ctx.target, lb.node, b)] }))
        });
      }
    };
  }
});

// server/src/core/rules/files/unknown-purpose.ts
var unknownPurpose = definePolicyRule({
  meta: {
    id: "unknown-purpose",
    area: "files",
    defaultSeverity: "error",
    legalSource: "",
    description: "A purpose id is neither built in nor declared under `custom_purposes`.",
    fixable: false,
    hasSuggestions: true,
    recordings: "all",
    replaces: ["schema"],
    messages: {
      unknown: "Unknown purpose `{{purpose}}` in the {{list}} of {{recording}}{{didYouMean}}. Use a built-in purpose id or declare it under `custom_purposes` with its phrases."
    }
  },
  create(ctx) {
    const custom = ctx.policy.customPurposes;
    const known = [...BUILTIN_PURPOSES, ...custom.keys()];
    const check3 = (f, list, rec) => {
      if (!f || isBuiltinPurpose(f.value) || custom.has(f.value)) return;
      const guess = didYouMean(f.value, known);
      ctx.report({
        span: f.span,
        messageId: "unknown",
        data: { purpose: f.value, list, recording: ctx.recordingName(rec), didYouMean: didYouMeanNote(guess) },
        suggestions: guess ? [{ title: `Replace with \`${guess}\``, edits: [replaceScalar(ctx.target, f.node, guess)] }] : []
      });
    };
    return {
      purpose: (p, rec) => check3(p.purpose, "purposes", rec),
      use: (u, rec) => check3(u.purpose, "uses", rec),
      processor: (p, rec) => check3(p.purpose, "processors", rec)
    };
  }
});

// server/src/core/rules/files/unused-suppression.ts
var unusedSuppression = defineEngineRule({
  meta: {
    id: "unused-suppression",
    area: "suppression",
    defaultSeverity: "hint",
    legalSource: "",
    description: "A `reclint-disable-next-line` comment silences nothing.",
    fixable: true,
    messages: { "no-ids": SUPPRESSION_MESSAGES["no-ids"], unused: SUPPRESSION_MESSAGES.unused }
  }
});

// server/src/core/rules/files/yaml-syntax.ts
var yamlSyntax = defineEngineRule({
  meta: {
    id: "yaml-syntax",
    area: "files",
    defaultSeverity: "error",
    legalSource: "",
    description: "The YAML or JSON does not parse (also duplicate keys, alias bombs, several documents).",
    fixable: false,
    messages: { syntax: "{{problem}}" }
  }
});

// server/src/core/rules/files/index.ts
var FILES_RULES = [
  yamlSyntax,
  schema,
  unknownLegalBasis,
  unknownPurpose,
  invalidDuration,
  scriptNotFound,
  scriptNotNamed,
  promptNotFound,
  ivrSyntax,
  placeholderValue,
  internalError,
  tooManyFindings,
  unusedSuppression,
  suppressionWithoutReason
];

// server/src/core/rules/missing-key.ts
function missingPurposeKeyRule(spec) {
  return definePolicyRule({
    meta: spec.meta,
    create(ctx) {
      return {
        purpose(p, rec) {
          if (spec.applies && !spec.applies(p) || spec.present?.(p)) return;
          const empty = spec.emptyEntry ? spec.emptyEntry(p) : blankEntry(p.node, spec.key);
          if (!empty && entry(p.node, spec.key)) return;
          ctx.report({
            span: empty ? empty.keySpan : purposeAnchor(rec, p),
            messageId: "missing",
            data: { purpose: cap(purposeName(ctx, rec, p)) },
            suggestions: spec.suggestions(ctx, p, empty)
          });
        }
      };
    }
  });
}
function setKeySuggestions(ctx, p, empty, key, values) {
  return values.map((v) => ({ title: v.title, edits: [setKey(ctx.target, p.node, empty, key, v.value)] }));
}

// server/src/core/rules/legal-basis/common.ts
function basisOf(p) {
  const v = p.legalBasis?.value;
  if (v === void 0) return void 0;
  if (LEGAL_BASES.includes(v)) return v;
  const k = v.trim().toLowerCase().replace(/[\s_]+/g, "-");
  if (LEGAL_BASES.includes(k)) return k;
  return LEGAL_BASIS_ALIASES[k];
}

// server/src/core/rules/legal-basis/balancing-test-missing.ts
var balancingTestMissing = missingPurposeKeyRule({
  meta: {
    id: "balancing-test-missing",
    area: "legal-basis",
    defaultSeverity: "warning",
    legalSource: "GDPR art. 6(1)(f)",
    description: "`legitimate-interests` is the basis, but no `balancing_test` is named.",
    fixable: false,
    hasSuggestions: true,
    recordings: "recorded",
    replaces: ["schema"],
    messages: {
      missing: "{{purpose}} rests on `legitimate-interests` without a `balancing_test`: art. 6(1)(f) GDPR requires weighing the organisation's interest against the caller's rights. Write the assessment down and name it under `balancing_test`."
    }
  },
  key: "balancing_test",
  applies: (p) => basisOf(p) === "legitimate-interests",
  suggestions(ctx, p, empty) {
    const path12 = `docs/lia-${p.purpose?.value ?? "purpose"}.md`;
    return setKeySuggestions(ctx, p, empty, "balancing_test", [{ value: path12, title: `Add \`balancing_test: ${path12}\` (write the assessment there)` }]);
  }
});

// server/src/core/rules/legal-basis/basis-not-necessary-for-contract.ts
var NOT_FOR_CONTRACT = {
  "staff-training": "training staff is not needed to serve this caller (an actor could role-play the call)",
  "employee-evaluation": "assessing an agent's performance is not needed to serve the caller",
  marketing: "marketing is not needed to serve the caller",
  "ai-training": "training AI models is not needed to serve the caller",
  "speech-analytics": "automated analysis of calls is not needed to serve the caller",
  "emotion-recognition": "inferring emotions is not needed to serve the caller",
  publication: "publishing a recording is not needed to serve the caller"
};
var basisNotNecessaryForContract = definePolicyRule({
  meta: {
    id: "basis-not-necessary-for-contract",
    area: "legal-basis",
    defaultSeverity: "warning",
    legalSource: "GDPR art. 6(1)(b)",
    description: "`contract` is the basis of a purpose that is not necessary to perform a contract with the caller.",
    fixable: false,
    recordings: "recorded",
    messages: {
      "not-necessary": "{{purpose}} rests on `{{basis}}`, but art. 6(1)(b) GDPR covers only what is necessary to perform the contract and {{why}}. Choose another basis, such as `consent` or `legitimate-interests` with a balancing test."
    }
  },
  create(ctx) {
    return {
      purpose(p, rec) {
        const id = p.purpose?.value;
        if (id === void 0 || !p.legalBasis || basisOf(p) !== "contract") return;
        const why = NOT_FOR_CONTRACT[id];
        if (!why) return;
        ctx.report({ span: p.legalBasis.span, messageId: "not-necessary", data: { purpose: cap(purposeName(ctx, rec, p)), basis: p.legalBasis.value, why } });
      }
    };
  }
});

// server/src/core/rules/legal-basis/consent-not-active.ts
var consentNotActive = definePolicyRule({
  meta: {
    id: "consent-not-active",
    area: "legal-basis",
    defaultSeverity: "error",
    legalSource: "GDPR art. 4(11), 7",
    description: "`consent` is the basis, but it is not obtained by an active act (implied, unstated, or an IVR keypress the script never asks for).",
    fixable: false,
    recordings: "recorded",
    replaces: ["schema"],
    messages: {
      implied: "{{purpose}} relies on `implied` consent: consent must be a clear, active act of the caller (art. 4(11), 7 GDPR), and silence or staying on the line is not. Ask for consent actively (`ivr-keypress`, `verbal` or `written`) or choose another basis.",
      "no-mechanism": "{{purpose}} rests on `consent` but does not say how it is obtained: consent counts only when the caller gives it by an active act (art. 4(11), 7 GDPR). Set `consent.mechanism` to `ivr-keypress`, `verbal` or `written`.",
      "no-consent-step": "{{purpose}} relies on `ivr-keypress` consent, but the script `{{script}}` asks no `consent` question, so no caller can give it (art. 4(11), 7 GDPR). Add a `consent` step (accept and refuse keys) before recording starts, or choose another basis."
    }
  },
  create(ctx) {
    return {
      purpose(p, rec) {
        if (basisOf(p) !== "consent") return;
        const purpose = cap(purposeName(ctx, rec, p));
        const mech = p.consentMechanism;
        if (mech?.value === "implied") {
          ctx.report({ span: mech.span, messageId: "implied", data: { purpose } });
          return;
        }
        if (!mech) {
          const consentEntry = entry(p.node, "consent");
          const mechEntry = consentEntry && consentEntry.value.kind === "map" ? entry(consentEntry.value, "mechanism") : void 0;
          if (mechEntry && !(mechEntry.value.kind === "scalar" && mechEntry.value.value === null)) return;
          const span = mechEntry ? mechEntry.keySpan : consentEntry ? consentEntry.keySpan : purposeAnchor(rec, p);
          ctx.report({ span, messageId: "no-mechanism", data: { purpose } });
          return;
        }
        if (mech.value !== "ivr-keypress") return;
        const a = ctx.announcement(rec);
        if (a.status !== "ok" || a.via !== "script" || !a.script || !a.scriptUri) return;
        if (a.script.steps.some((s) => s.kind === "consent")) return;
        const script = rec.announcement?.script?.value ?? a.scriptUri;
        const related = a.notices.length > 0 ? [{ uri: a.scriptUri, span: a.notices[0].span, message: `the recording notice in \`${script}\`; the script asks no \`consent\` question` }] : [{ uri: a.scriptUri, span: { start: 0, end: 0 }, message: `\`${script}\` has no \`consent\` step` }];
        ctx.report({ span: mech.span, messageId: "no-consent-step", data: { purpose, script }, related });
      }
    };
  }
});

// server/src/core/rules/legal-basis/emotion-recognition-workplace.ts
var ID = "emotion-recognition";
var emotionRecognitionWorkplace = definePolicyRule({
  meta: {
    id: "emotion-recognition-workplace",
    area: "legal-basis",
    defaultSeverity: "error",
    legalSource: "AI Act art. 5(1)(f), 6(2)",
    description: "`emotion-recognition` is declared or used: prohibited on staff at work, high-risk on callers.",
    fixable: false,
    recordings: "recorded",
    messages: {
      workplace: "{{recording}} records calls between staff and is used for `emotion-recognition`: inferring the emotions of people at work is prohibited (AI Act art. 5(1)(f)). Stop using these recordings for emotion recognition.",
      calls: "{{recording}} is used for `emotion-recognition`: inferring the agent's emotions is prohibited at work (AI Act art. 5(1)(f)), and on the caller's side it is a high-risk AI system (art. 6(2), Annex III). Exclude the agent's side and meet the high-risk obligations, or drop the purpose."
    }
  },
  create(ctx) {
    return {
      recording(rec) {
        let at = rec.purposes.find((p) => p.purpose?.value === ID)?.purpose;
        if (!at) at = rec.uses?.find((u) => u.purpose?.value === ID)?.purpose;
        if (!at) at = rec.processors.find((p) => p.purpose?.value === ID)?.purpose;
        if (!at) return;
        const data = { recording: cap(recordingLabel(ctx, rec)) };
        if (rec.direction?.value === "internal") ctx.report({ span: at.span, messageId: "workplace", data });
        else ctx.report({ span: at.span, severity: "warning", messageId: "calls", data });
      }
    };
  }
});

// server/src/core/rules/legal-basis/legal-basis-missing.ts
var legalBasisMissing = missingPurposeKeyRule({
  meta: {
    id: "legal-basis-missing",
    area: "legal-basis",
    defaultSeverity: "error",
    legalSource: "GDPR art. 6(1)",
    description: "A declared purpose has no `legal_basis`.",
    fixable: false,
    hasSuggestions: true,
    recordings: "recorded",
    replaces: ["schema"],
    messages: { missing: "{{purpose}} has no `legal_basis`: every purpose needs one of the six bases of art. 6(1) GDPR. Add the basis this purpose rests on." }
  },
  key: "legal_basis",
  // `legal_basis: ""` is a (blank) text the model reads: unknown-legal-basis has it.
  present: (p) => !!p.legalBasis,
  suggestions: (ctx, p, empty) => setKeySuggestions(ctx, p, empty, "legal_basis", LEGAL_BASES.map((b) => ({ value: b, title: `Add \`legal_basis: ${b}\` (${LEGAL_BASIS_ARTICLE[b]})` })))
});

// server/src/core/rules/legal-basis/legal-obligation-unreferenced.ts
var LAW_PLACEHOLDER = "TODO: the statute and article, e.g. MiFID II art. 16(7)";
var legalObligationUnreferenced = missingPurposeKeyRule({
  meta: {
    id: "legal-obligation-unreferenced",
    area: "legal-basis",
    defaultSeverity: "warning",
    legalSource: "GDPR art. 6(1)(c)",
    description: "`legal-obligation` is the basis, but no `law` names the statute.",
    fixable: false,
    hasSuggestions: true,
    recordings: "recorded",
    replaces: ["schema"],
    messages: {
      missing: "{{purpose}} rests on `legal-obligation` without a `law`: art. 6(1)(c) GDPR needs a specific legal duty to record. Name the statute and article under `law`, or choose another basis."
    }
  },
  key: "law",
  applies: (p) => basisOf(p) === "legal-obligation",
  suggestions: (ctx, p, empty) => setKeySuggestions(ctx, p, empty, "law", [{ value: LAW_PLACEHOLDER, title: "Add `law:` (name the statute that obliges recording)" }])
});

// server/src/core/rules/legal-basis/personal-use-by-organisation.ts
var personalUseByOrganisation = definePolicyRule({
  meta: {
    id: "personal-use-by-organisation",
    area: "legal-basis",
    defaultSeverity: "error",
    legalSource: "GDPR art. 2(2)(c)",
    description: "A policy declares `personal-use`, which an organisation cannot claim.",
    fixable: false,
    recordings: "recorded",
    messages: {
      "personal-use": "{{recording}} declares `personal-use`, but the household exemption (art. 2(2)(c) GDPR) covers only a private person, not {{controller}} or its staff recording for business ends. Name the real purpose (e.g. `evidence`, `staff-safety`) with its legal basis."
    }
  },
  create(ctx) {
    const controller = ctx.policy.controller ? `\`${ctx.policy.controller.value}\`` : "an organisation";
    return {
      purpose(p, rec) {
        if (p.purpose?.value !== "personal-use") return;
        ctx.report({ span: p.purpose.span, messageId: "personal-use", data: { recording: cap(recordingLabel(ctx, rec)), controller } });
      }
    };
  }
});

// server/src/core/rules/legal-basis/publication-without-consent.ts
var publicationWithoutConsent = definePolicyRule({
  meta: {
    id: "publication-without-consent",
    area: "legal-basis",
    defaultSeverity: "error",
    legalSource: "GDPR art. 6(1), 5(1)(b)",
    description: "`publication` rests on a basis other than `consent`.",
    fixable: false,
    recordings: "recorded",
    messages: {
      "not-consent": "{{purpose}} rests on `{{basis}}`: publishing or sharing a call outside the organisation is a purpose of its own that no caller expects, so only the caller's consent can justify it (art. 6(1), 5(1)(b) GDPR). Ask each caller for consent, or do not publish."
    }
  },
  create(ctx) {
    return {
      purpose(p, rec) {
        if (p.purpose?.value !== "publication" || !p.legalBasis) return;
        const basis = basisOf(p);
        if (basis === void 0 || basis === "consent") return;
        ctx.report({ span: p.legalBasis.span, messageId: "not-consent", data: { purpose: cap(purposeName(ctx, rec, p)), basis: p.legalBasis.value } });
      }
    };
  }
});

// server/src/core/rules/legal-basis/special-category-without-condition.ts
var CONDITIONS = [
  { code: "9(2)(h)", meaning: "health or social care", when: "health" },
  { code: "9(2)(a)", meaning: "explicit consent" },
  { code: "9(2)(f)", meaning: "legal claims" }
];
var specialCategoryWithoutCondition = definePolicyRule({
  meta: {
    id: "special-category-without-condition",
    area: "legal-basis",
    defaultSeverity: "error",
    legalSource: "GDPR art. 9(2)",
    description: "`data` holds a special category of personal data, and no `art9_condition` is given.",
    fixable: false,
    hasSuggestions: true,
    recordings: "recorded",
    messages: {
      missing: "{{recording}} holds {{categories}}, a special category of personal data, without an `art9_condition`: art. 9(2) GDPR requires one of its conditions on top of a basis of art. 6(1). Name the condition under `art9_condition` (`9(2)(a)` to `9(2)(j)`)."
    }
  },
  create(ctx) {
    return {
      recording(rec) {
        const special = rec.data.filter((d) => SPECIAL_CATEGORIES.has(d.value));
        if (special.length === 0 || !isBlank(rec.art9Condition)) return;
        const blank = blankEntry(rec.node, "art9_condition");
        if (!blank && entry(rec.node, "art9_condition")) return;
        const kinds = new Set(special.map((d) => d.value));
        const suggestions = CONDITIONS.filter((c) => !c.when || kinds.has(c.when)).map((c) => ({
          title: `Add \`art9_condition: ${c.code}\` (${c.meaning})`,
          edits: [setKey(ctx.target, rec.node, blank, "art9_condition", c.code)]
        }));
        ctx.report({
          span: special[0].span,
          messageId: "missing",
          data: { recording: cap(recordingLabel(ctx, rec)), categories: codeList(kinds) },
          suggestions
        });
      }
    };
  }
});

// server/src/core/rules/legal-basis/training-needs-consent.ts
var RULED = "{{purpose}} rests on `{{basis}}`: the Danish DPA (2019) ruled that recording calls for training needs the caller's consent, given by an active act, and rejected legitimate interests";
var ASK = "Ask for consent (`legal_basis: consent` with an active `consent.mechanism`).";
var trainingNeedsConsent = definePolicyRule({
  meta: {
    id: "training-needs-consent",
    area: "legal-basis",
    defaultSeverity: "warning",
    legalSource: "Danish DPA (Datatilsynet) 2019; GDPR art. 6(1)(a)",
    description: "`staff-training` rests on a basis other than `consent` (an error under the DK profile).",
    fixable: false,
    recordings: "recorded",
    messages: {
      dk: `${RULED}. ${ASK}`,
      eu: `${RULED}; other DPAs may follow. ${ASK}`
    }
  },
  create(ctx) {
    return {
      purpose(p, rec) {
        if (p.purpose?.value !== "staff-training" || !p.legalBasis) return;
        const basis = basisOf(p);
        if (basis === void 0 || basis === "consent") return;
        const dk = ctx.profile === "DK";
        ctx.report({
          span: p.legalBasis.span,
          messageId: dk ? "dk" : "eu",
          severity: dk ? "error" : void 0,
          data: { purpose: cap(purposeName(ctx, rec, p)), basis: p.legalBasis.value }
        });
      }
    };
  }
});

// server/src/core/rules/legal-basis/index.ts
var LEGAL_BASIS_RULES = [
  legalBasisMissing,
  balancingTestMissing,
  consentNotActive,
  basisNotNecessaryForContract,
  trainingNeedsConsent,
  legalObligationUnreferenced,
  specialCategoryWithoutCondition,
  personalUseByOrganisation,
  publicationWithoutConsent,
  emotionRecognitionWorkplace
];

// server/src/core/rules/people/access-undefined.ts
var accessUndefined = definePolicyRule({
  meta: {
    id: "access-undefined",
    area: "people",
    defaultSeverity: "warning",
    legalSource: "GDPR art. 32",
    description: "A recording has no `access.roles`.",
    fixable: false,
    recordings: "recorded",
    messages: {
      undefined: "{{recording}} does not say who may listen to the recordings: art. 32 GDPR asks to limit access to the few people who need it. List those roles under `access.roles`."
    }
  },
  create(ctx) {
    return {
      recording(rec) {
        const roles = rec.accessRolesField;
        if (roles && !isBlankNode(roles.node)) return;
        ctx.report({ span: rec.access ? rec.access.keySpan : recordingAnchor(rec), messageId: "undefined", data: { recording: cap(recordingLabel(ctx, rec)) } });
      }
    };
  }
});

// server/src/core/rules/people/access-unrestricted.ts
var accessUnrestricted = definePolicyRule({
  meta: {
    id: "access-unrestricted",
    area: "people",
    defaultSeverity: "error",
    legalSource: "GDPR art. 32",
    description: "`access.roles` holds `everyone`, `all`, `*` or `public`.",
    fixable: false,
    recordings: "recorded",
    messages: {
      unrestricted: "{{recording}} lets `{{role}}` listen to the recordings: art. 32 GDPR asks to limit access to the few people who need it. Replace `{{role}}` with the roles that need access."
    }
  },
  create(ctx) {
    return {
      recording(rec) {
        for (const role of rec.accessRoles ?? []) {
          if (!UNRESTRICTED_ROLES.has(role.value.trim().toLowerCase())) continue;
          ctx.report({ span: role.span, messageId: "unrestricted", data: { recording: cap(recordingLabel(ctx, rec)), role: role.value } });
        }
      }
    };
  }
});

// server/src/core/rules/people/employees-not-informed.ts
var WHY2 = "staff whose calls are recorded must be told, just as callers are (art. 13 GDPR). Inform them and set `employees_informed: true`.";
var employeesNotInformed = definePolicyRule({
  meta: {
    id: "employees-not-informed",
    area: "people",
    defaultSeverity: "warning",
    legalSource: "GDPR art. 13",
    description: "`employees_informed` is not `true`.",
    fixable: false,
    recordings: "recorded",
    messages: {
      missing: `{{recording}} does not say whether the employees on these calls are informed: ${WHY2}`,
      false: `{{recording}} has \`employees_informed: false\`: ${WHY2}`,
      empty: `{{recording}} leaves \`employees_informed\` empty: ${WHY2}`
    }
  },
  create(ctx) {
    return {
      recording(rec) {
        const f = rec.employeesInformed;
        if (f && f.value !== false && f.value !== null) return;
        ctx.report({
          span: f ? f.span : recordingAnchor(rec),
          messageId: !f ? "missing" : f.value === false ? "false" : "empty",
          data: { recording: cap(recordingLabel(ctx, rec)) }
        });
      }
    };
  }
});

// server/src/core/rules/people/not-party-to-call.ts
var NOT_PARTY = "records calls the organisation takes no part in (`party_to_call: false`)";
var INTERNAL = "records calls between staff (`direction: internal`), calls the employer takes no part in";
var NL = "in the Netherlands, recording a conversation you are not a party to is a crime (Sr art. 139a/139c) unless it is done on behalf of a participant";
var EU = "recording a conversation you are not a party to needs a legal basis under the GDPR (art. 6(1)) and is an offence under the criminal law of many member states unless it is done on behalf of a participant";
var DO = "Stop recording these calls, or record them only on behalf of a participant and set `on_behalf_of_participant: true`.";
var notPartyToCall = definePolicyRule({
  meta: {
    id: "not-party-to-call",
    area: "people",
    defaultSeverity: "error",
    legalSource: "Sr art. 139a/139c (NL); GDPR art. 6(1) and national criminal law elsewhere",
    description: "The organisation records calls it takes no part in (`party_to_call: false` or `direction: internal`), not on behalf of a participant.",
    fixable: false,
    recordings: "recorded",
    messages: {
      "not-party": `{{recording}} ${NOT_PARTY}: ${EU}. ${DO}`,
      "not-party-nl": `{{recording}} ${NOT_PARTY}: ${NL}. ${DO}`,
      internal: `{{recording}} ${INTERNAL}: ${EU}. ${DO}`,
      "internal-nl": `{{recording}} ${INTERNAL}: ${NL}. ${DO}`
    }
  },
  create(ctx) {
    const nl3 = ctx.profile === "NL";
    return {
      recording(rec) {
        if (rec.onBehalfOfParticipant?.value === true) return;
        const notParty = rec.partyToCall?.value === false ? rec.partyToCall : void 0;
        const internal = rec.direction?.value === "internal" ? rec.direction : void 0;
        const at = notParty ?? internal;
        if (!at) return;
        ctx.report({
          span: at.span,
          messageId: notParty ? nl3 ? "not-party-nl" : "not-party" : nl3 ? "internal-nl" : "internal",
          data: { recording: cap(recordingLabel(ctx, rec)) }
        });
      }
    };
  }
});

// server/src/core/rules/people/processor-agreement-missing.ts
var processorAgreementMissing = definePolicyRule({
  meta: {
    id: "processor-agreement-missing",
    area: "people",
    defaultSeverity: "warning",
    legalSource: "GDPR art. 28(3)",
    description: "A processor has no `agreement`.",
    fixable: false,
    recordings: "recorded",
    messages: {
      missing: "{{processor}} of {{recording}} has no `agreement`: a processor may handle recordings only under a contract that binds it to the controller's instructions (art. 28(3) GDPR). Name the data processing agreement under `agreement`."
    }
  },
  create(ctx) {
    return {
      processor(p, rec) {
        if (p.agreement && !isBlankNode(p.agreement.node)) return;
        const processor = p.name ? `Processor \`${p.name.value}\`` : `Processor ${p.index + 1}`;
        const span = p.name ? p.name.span : p.node.entries[0]?.keySpan ?? p.node.span;
        ctx.report({ span, messageId: "missing", data: { processor, recording: recordingLabel(ctx, rec) } });
      }
    };
  }
});

// server/src/core/rules/people/subject-access-undefined.ts
var subjectAccessUndefined = definePolicyRule({
  meta: {
    id: "subject-access-undefined",
    area: "people",
    defaultSeverity: "warning",
    legalSource: "GDPR art. 15",
    description: "The policy has no `subject_rights.access`.",
    fixable: false,
    recordings: "recorded",
    messages: {
      undefined: "The policy does not say how a caller gets a copy of their recording: callers have a right of access to it (art. 15 GDPR). Describe it under `subject_rights.access`, with what is handed over (`includes`) and the `procedure`."
    }
  },
  create(ctx) {
    return {
      policy(policy) {
        if (!policy.recordings.some(isRecorded)) return;
        const access = policy.subjectAccess;
        if (access && !isBlankNode(access.node)) return;
        const span = access ? access.keySpan : policy.subjectRights ? policy.subjectRights.keySpan : policy.root.entries[0]?.keySpan;
        if (span) ctx.report({ span, messageId: "undefined" });
      }
    };
  }
});

// server/src/core/rules/people/transcripts-excluded-from-access.ts
var transcriptsExcludedFromAccess = definePolicyRule({
  meta: {
    id: "transcripts-excluded-from-access",
    area: "people",
    defaultSeverity: "warning",
    legalSource: "GDPR art. 15(3)",
    description: "Recordings are transcribed, but `subject_rights.access.includes` leaves transcripts out.",
    fixable: true,
    recordings: "recorded",
    messages: {
      excluded: "{{who}} transcribed, but `subject_rights.access.includes` leaves transcripts out: the right of access covers a copy of all personal data, transcripts too (art. 15(3) GDPR). Add `transcripts` to `includes`."
    }
  },
  create(ctx) {
    return { policy: () => check(ctx) };
  }
});
function check(ctx) {
  const transcribed = ctx.policy.recordings.filter((r) => isRecorded(r) && r.transcripts?.value === true);
  if (transcribed.length === 0) return;
  const inc = ctx.policy.subjectAccessIncludes;
  if (!inc || inc.node.kind !== "seq") return;
  const listed = inc.node.items.some((it) => it.kind === "scalar" && typeof it.value === "string" && /^transcripts?$/i.test(it.value.trim()));
  if (listed) return;
  const names = transcribed.map((r) => r.id ? `\`${r.id.value}\`` : `recording ${r.index + 1}`);
  const who = names.length === 1 ? `Recording ${names[0]} is` : `Recordings ${names.slice(0, -1).join(", ")} and ${names[names.length - 1]} are`;
  const related = transcribed.map((r) => ({ uri: ctx.uri, span: r.transcripts.span, message: `transcripts of ${r.id ? `\`${r.id.value}\`` : `recording ${r.index + 1}`} are made here` }));
  ctx.report({
    span: inc.span,
    messageId: "excluded",
    data: { who },
    related,
    fix: { title: "Add `transcripts` to `includes`", edits: [appendToSeq(ctx.target, inc.node, "transcripts")] }
  });
}

// server/src/core/rules/people/works-council-approval.ts
var MONITORING = /* @__PURE__ */ new Set(["employee-evaluation", "speech-analytics", "emotion-recognition"]);
var worksCouncilApproval = definePolicyRule({
  meta: {
    id: "works-council-approval",
    area: "people",
    defaultSeverity: "info",
    legalSource: "WOR art. 27(1)(l) (NL)",
    description: "NL: recordings used for `employee-evaluation`, `speech-analytics` or `emotion-recognition` need the works council's approval.",
    fixable: false,
    recordings: "recorded",
    messages: {
      approval: "{{recording}} is used for `{{purpose}}`, which can monitor staff: under the Dutch Works Councils Act (WOR art. 27(1)(l)) the works council must approve such a system. Get its approval before this use starts, and keep the decision with the policy."
    }
  },
  create(ctx) {
    if (ctx.profile !== "NL") return {};
    return {
      recording(rec) {
        const at = usedPurposes(rec).find((f) => MONITORING.has(f.value));
        if (at) ctx.report({ span: at.span, messageId: "approval", data: { recording: cap(recordingLabel(ctx, rec)), purpose: at.value } });
      }
    };
  }
});

// server/src/core/rules/people/index.ts
var PEOPLE_RULES = [
  notPartyToCall,
  employeesNotInformed,
  worksCouncilApproval,
  accessUndefined,
  accessUnrestricted,
  processorAgreementMissing,
  subjectAccessUndefined,
  transcriptsExcludedFromAccess
];

// server/src/core/rules/retention/common.ts
function declaredTriggers(policy) {
  const out = /* @__PURE__ */ new Map();
  for (const [id, tr] of policy.triggers) if (!id.startsWith("x-")) out.set(id, tr);
  return out;
}
function isIndefinite(value) {
  return INDEFINITE_WORDS.has(value.trim().toLowerCase());
}
function isTriggerId(id) {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) && !id.startsWith("x-");
}
function retentionMap(r) {
  return asMap(r.node);
}
function fillBlank(t, node, yaml, json2) {
  const text = /\.json$/i.test(t.uri) ? json2 : yaml;
  if (node.kind === "scalar" && node.empty) {
    const colon = node.parent ? t.text.indexOf(":", node.parent.keySpan.end) : -1;
    const at = colon >= 0 && colon < node.span.start ? colon + 1 : node.span.start;
    return { uri: t.uri, start: at, end: at, newText: ` ${text}` };
  }
  return { uri: t.uri, start: node.span.start, end: node.span.end, newText: text };
}
function contentEnd2(node) {
  if (node.kind === "map") {
    const last = node.entries[node.entries.length - 1];
    if (!last) return node.span.end;
    return last.value.kind === "scalar" && last.value.empty ? last.keySpan.end : contentEnd2(last.value);
  }
  if (node.kind === "seq") {
    const last = node.items[node.items.length - 1];
    return last ? contentEnd2(last) : node.span.end;
  }
  return node.span.end;
}
function trimmedEntry(text, e) {
  if (e.value.kind === "scalar" || text[e.value.span.start] === "{" || text[e.value.span.start] === "[") return e;
  return { ...e, value: { ...e.value, span: { start: e.value.span.start, end: Math.min(e.value.span.end, contentEnd2(e.value)) } } };
}
function trimmedMap(text, map) {
  const last = map.entries[map.entries.length - 1];
  if (!last) return map;
  return { ...map, entries: [...map.entries.slice(0, -1), trimmedEntry(text, last)] };
}

// server/src/core/rules/retention/retention-indefinite.ts
var WHY3 = "recordings may be kept only as long as the purpose needs (storage limitation, art. 5(1)(e) GDPR)";
var retentionIndefinite = definePolicyRule({
  meta: {
    id: "retention-indefinite",
    area: "retention",
    defaultSeverity: "error",
    legalSource: "GDPR art. 5(1)(e)",
    description: "`retention` or its `max` is `indefinite`, `forever` or `unlimited`.",
    fixable: false,
    recordings: "recorded",
    replaces: ["schema"],
    messages: {
      purpose: `{{purpose}} keeps recordings \`{{value}}\` (\`{{key}}\`): ${WHY3}. Replace it with an \`until\` trigger and a \`max\` duration such as \`P1Y\`.`,
      trigger: `Trigger \`{{trigger}}\` has \`max: {{value}}\`, so recordings waiting for it may be kept for ever: ${WHY3}. Give it a \`max\` duration such as \`P1Y\`, or remove \`max\`.`
    }
  },
  create(ctx) {
    return {
      purpose(p, rec) {
        const r = p.retention;
        if (!r) return;
        const f = r.scalar && isIndefinite(r.scalar.value) ? r.scalar : r.max && isIndefinite(r.max.value) ? r.max : void 0;
        if (!f) return;
        ctx.report({ span: f.span, messageId: "purpose", data: { purpose: cap(purposeName(ctx, rec, p)), value: f.value, key: f === r.scalar ? "retention" : "max" } });
      },
      // A trigger's backstop written as `max: forever` is no backstop at all (`x-*` annotations are no triggers).
      trigger(tr) {
        if (tr.id.startsWith("x-") || !tr.max || !isIndefinite(tr.max.value)) return;
        ctx.report({ span: tr.max.span, messageId: "trigger", data: { trigger: tr.id, value: tr.max.value } });
      }
    };
  }
});

// server/src/core/rules/retention/retention-missing.ts
function isEmpty(r) {
  if (isBlankNode(r.node)) return true;
  const m = retentionMap(r);
  return !!m && m.entries.every((e) => e.key.startsWith("x-"));
}
var STUB = "P30D";
var retentionMissing = missingPurposeKeyRule({
  meta: {
    id: "retention-missing",
    area: "retention",
    defaultSeverity: "error",
    legalSource: "GDPR art. 5(1)(e)",
    description: "A declared purpose has no `retention`.",
    fixable: false,
    hasSuggestions: true,
    recordings: "recorded",
    messages: {
      missing: "{{purpose}} has no `retention`: recordings may be kept only as long as the purpose needs (storage limitation, art. 5(1)(e) GDPR). Add `retention` with an `until` trigger, a `max` duration, or both."
    }
  },
  key: "retention",
  emptyEntry: (p) => p.retention && isEmpty(p.retention) ? p.retention.entry : void 0,
  suggestions(ctx, p) {
    const t = ctx.target;
    const r = p.retention;
    let fix;
    if (!r) {
      fix = { title: `Add \`retention: { max: ${STUB} }\` (choose the period this purpose needs)`, edits: [insertEntry(t, trimmedMap(ctx.text, p.node), "retention", { max: STUB })] };
    } else {
      const m = retentionMap(r);
      fix = {
        title: `Set \`max: ${STUB}\` (choose the period this purpose needs)`,
        edits: [m ? insertEntry(t, trimmedMap(ctx.text, m), "max", STUB) : fillBlank(t, r.node, `{ max: ${STUB} }`, `{ "max": "${STUB}" }`)]
      };
    }
    return [fix];
  }
});

// server/src/core/rules/retention/retention-no-backstop.ts
var BACKSTOP = "P1Y";
var retentionNoBackstop = definePolicyRule({
  meta: {
    id: "retention-no-backstop",
    area: "retention",
    defaultSeverity: "info",
    legalSource: "GDPR art. 5(1)(e)",
    description: "`until` names a declared trigger, and neither the retention nor the trigger has a `max` backstop.",
    fixable: false,
    hasSuggestions: true,
    recordings: "recorded",
    messages: {
      "no-backstop": "{{purpose}} is kept until `{{trigger}}` with no `max`, and the trigger has none either: if the event never happens the recordings are kept for ever (art. 5(1)(e) GDPR). Add a `max` backstop to the retention or to the trigger."
    }
  },
  create(ctx) {
    const t = ctx.target;
    const declared = declaredTriggers(ctx.policy);
    return {
      purpose(p, rec) {
        const r = p.retention;
        const until = r?.until;
        if (!r || !until || r.max) return;
        const tr = declared.get(until.value);
        if (!tr || tr.max) return;
        const suggestions = [];
        const rm = retentionMap(r);
        if (rm) suggestions.push({ title: `Add \`max: ${BACKSTOP}\` to this retention (choose the longest period)`, edits: [insertEntry(t, trimmedMap(ctx.text, rm), "max", BACKSTOP)] });
        const tm = asMap(tr.entry.value);
        if (tm) suggestions.push({ title: `Add \`max: ${BACKSTOP}\` to trigger \`${tr.id}\` (choose the longest period)`, edits: [insertEntry(t, trimmedMap(ctx.text, tm), "max", BACKSTOP)] });
        ctx.report({ span: until.span, messageId: "no-backstop", data: { purpose: cap(purposeName(ctx, rec, p)), trigger: tr.id }, suggestions });
      }
    };
  }
});

// server/src/core/rules/retention/retention-trigger-undefined.ts
function lineStart(text, offset) {
  let s = offset;
  while (s > 0 && text[s - 1] !== "\n" && text[s - 1] !== "\r") s--;
  return s;
}
function lineEnd(text, offset) {
  let e = offset;
  while (e < text.length && text[e] !== "\n" && text[e] !== "\r") e++;
  return e;
}
var TRIGGER_STUB_DESCRIPTION = "TODO describe the event that ends retention";
function declareTriggerFix(ctx, id) {
  const t = ctx.target;
  const f = ctx.policy.triggersField;
  const stub = { description: TRIGGER_STUB_DESCRIPTION };
  if (!f) return { title: `Declare trigger \`${id}\` under a new \`triggers:\``, edits: [insertEntry(t, trimmedMap(ctx.text, ctx.policy.root), "triggers", { [id]: stub })] };
  const title = `Declare trigger \`${id}\` under \`triggers\``;
  if (f.node.kind === "map") return { title, edits: [insertEntry(t, trimmedMap(ctx.text, f.node), id, stub)] };
  if (!isBlankNode(f.node)) return void 0;
  const json2 = /\.json$/i.test(ctx.uri);
  if (json2 || !(f.node.kind === "scalar" && f.node.empty)) {
    return { title, edits: [fillBlank(t, f.node, `{ ${id}: { description: ${TRIGGER_STUB_DESCRIPTION} } }`, `{ "${id}": { "description": "${TRIGGER_STUB_DESCRIPTION}" } }`)] };
  }
  const nl3 = ctx.text.includes("\r\n") ? "\r\n" : "\n";
  const indent = " ".repeat(f.keySpan.start - lineStart(ctx.text, f.keySpan.start) + 2);
  const at = lineEnd(ctx.text, f.keySpan.end);
  return { title, edits: [{ uri: ctx.uri, start: at, end: at, newText: `${nl3}${indent}${id}:${nl3}${indent}  description: ${TRIGGER_STUB_DESCRIPTION}` }] };
}
var retentionTriggerUndefined = definePolicyRule({
  meta: {
    id: "retention-trigger-undefined",
    area: "retention",
    defaultSeverity: "error",
    legalSource: "GDPR art. 5(1)(e)",
    description: "`retention.until` names no trigger declared under `triggers`.",
    fixable: true,
    hasSuggestions: true,
    recordings: "recorded",
    messages: {
      undefined: "{{purpose}} is kept until `{{trigger}}`, but no trigger `{{trigger}}` is declared under `triggers`{{didYouMean}}: without it nothing says when the recordings are deleted (art. 5(1)(e) GDPR). Declare the trigger and describe the event."
    }
  },
  create(ctx) {
    const declared = declaredTriggers(ctx.policy);
    return {
      purpose(p, rec) {
        const until = p.retention?.until;
        if (!until || until.node.kind !== "scalar" || typeof until.node.value !== "string") return;
        if (until.value.trim() === "" || declared.has(until.value)) return;
        const id = until.value;
        const guess = didYouMean(id, declared.keys());
        const declare = isTriggerId(id) ? declareTriggerFix(ctx, id) : void 0;
        const rename = guess ? { title: `Change to \`${guess}\``, edits: [replaceScalar(ctx.target, until.node, guess)] } : void 0;
        ctx.report({
          span: until.span,
          messageId: "undefined",
          data: { purpose: cap(purposeName(ctx, rec, p)), trigger: id, didYouMean: didYouMeanNote(guess) },
          // A near miss of a declared trigger is most likely a typo: then declaring a new trigger is not
          // safe (it would leave the real one unused), so both ways are offered as suggestions.
          fix: guess ? void 0 : declare,
          suggestions: guess ? [rename, declare].filter((x) => !!x) : []
        });
      }
    };
  }
});

// server/src/core/rules/retention/retroactive-buffer-undefined.ts
var STUB2 = "PT2H";
var retroactiveBufferUndefined = definePolicyRule({
  meta: {
    id: "retroactive-buffer-undefined",
    area: "retention",
    defaultSeverity: "warning",
    legalSource: "GDPR art. 4(2), 5(1)(e)",
    description: "`retroactive: true` without `buffer_retention`.",
    fixable: false,
    hasSuggestions: true,
    recordings: "recorded",
    messages: {
      missing: "{{recording}} is `retroactive` (audio is buffered before anyone presses record) but has no `buffer_retention`: buffering and erasing audio is processing too (art. 4(2) GDPR) and needs a limit (art. 5(1)(e)). Add `buffer_retention` with the time unkept audio lives, such as `{{stub}}`."
    }
  },
  create(ctx) {
    const t = ctx.target;
    return {
      recording(rec) {
        const retro = rec.retroactive;
        if (!retro || retro.value !== true || rec.bufferRetention) return;
        const blank = rec.node.entries.find((e) => e.key === "buffer_retention");
        if (blank && !(blank.value.kind === "scalar" && blank.value.value === null)) return;
        ctx.report({
          span: retro.span,
          messageId: "missing",
          data: { recording: cap(recordingLabel(ctx, rec)), stub: STUB2 },
          suggestions: [{
            title: `Add \`buffer_retention: ${STUB2}\` (choose how long unkept audio lives)`,
            edits: [blank ? fillBlank(t, blank.value, STUB2, `"${STUB2}"`) : insertEntry(t, trimmedMap(ctx.text, rec.node), "buffer_retention", STUB2)]
          }]
        });
      }
    };
  }
});

// server/src/core/rules/retention/sample-rate-ignored.ts
var sampleRateIgnored = definePolicyRule({
  meta: {
    id: "sample-rate-ignored",
    area: "retention",
    defaultSeverity: "warning",
    legalSource: "",
    description: "`sample_rate` is given, but `mode` is not `sampled`.",
    fixable: true,
    recordings: "all",
    messages: {
      ignored: "{{recording}} has {{rate}} but `mode: {{mode}}`, so the rate is ignored and misleads the reader. Remove `sample_rate`, or set `mode: sampled` if only a share of calls is recorded."
    }
  },
  create(ctx) {
    return {
      recording(rec) {
        const rate = rec.sampleRate;
        const mode = rec.mode?.value;
        if (!rate || mode === void 0 || mode === "sampled" || !MODES.includes(mode)) return;
        const written = rate.node.kind === "scalar" && rate.node.value !== null ? `\`sample_rate: ${String(rate.node.value)}\`` : "`sample_rate`";
        ctx.report({
          span: { start: rate.keySpan.start, end: rate.node.kind === "scalar" && rate.node.empty ? rate.keySpan.end : rate.node.span.end },
          messageId: "ignored",
          data: { recording: cap(recordingLabel(ctx, rec)), rate: written, mode },
          unnecessary: true,
          fix: { title: "Remove `sample_rate`", edits: [removeEntry(ctx.target, rate.entry)] }
        });
      }
    };
  }
});

// server/src/core/rules/retention/trigger-unused.ts
var triggerUnused = definePolicyRule({
  meta: {
    id: "trigger-unused",
    area: "retention",
    defaultSeverity: "hint",
    legalSource: "",
    description: "A trigger under `triggers` that no `retention.until` names.",
    fixable: true,
    hasSuggestions: true,
    recordings: "all",
    messages: {
      unused: "Trigger `{{trigger}}` is declared but no retention names it in `until`. Remove it, or name it where recordings are kept until that event.",
      "unused-typo": "Trigger `{{trigger}}` is declared but no retention names it; `until: {{typo}}` may be a typo of it. Correct that `until`, or remove the trigger."
    }
  },
  create(ctx) {
    return { policy: () => check2(ctx) };
  }
});
function check2(ctx) {
  const t = ctx.target;
  const declared = declaredTriggers(ctx.policy);
  if (declared.size === 0) return;
  const named = /* @__PURE__ */ new Set();
  for (const rec of ctx.policy.recordings) for (const p of rec.purposes) if (p.retention?.until) named.add(p.retention.until.value);
  const typoOf = /* @__PURE__ */ new Map();
  for (const id of named) {
    if (declared.has(id)) continue;
    const guess = didYouMean(id, declared.keys());
    if (guess && !typoOf.has(guess)) typoOf.set(guess, id);
  }
  const unused = [...declared.values()].filter((tr) => !named.has(tr.id));
  if (unused.length === 0) return;
  const field2 = ctx.policy.triggersField;
  const removeAll = field2 && field2.node.kind === "map" && unused.length === field2.node.entries.length && unused.every((tr) => !typoOf.has(tr.id));
  const removeTriggers = removeAll && field2 ? { title: `Remove \`triggers\` (no trigger is used)`, edits: [removeEntry(t, trimmedEntry(ctx.text, field2.entry))] } : void 0;
  for (const tr of unused) {
    const typo = typoOf.get(tr.id);
    const remove = removeTriggers ?? { title: `Remove trigger \`${tr.id}\``, edits: [removeEntry(t, trimmedEntry(ctx.text, tr.entry))] };
    ctx.report({
      span: tr.keySpan,
      messageId: typo ? "unused-typo" : "unused",
      data: typo ? { trigger: tr.id, typo } : { trigger: tr.id },
      unnecessary: true,
      // When it may be the target of a typo, removing it is not safe: offered as a suggestion only.
      fix: typo ? void 0 : remove,
      suggestions: typo ? [remove] : []
    });
  }
}

// server/src/core/rules/retention/index.ts
var RETENTION_RULES = [
  retentionMissing,
  retentionTriggerUndefined,
  retentionIndefinite,
  retentionNoBackstop,
  triggerUnused,
  retroactiveBufferUndefined,
  sampleRateIgnored
];

// server/src/core/rules/index.ts
var RULES = [...FILES_RULES, ...LEGAL_BASIS_RULES, ...ANNOUNCEMENT_RULES, ...RETENTION_RULES, ...PEOPLE_RULES];
var RULE_IDS = new Set(RULES.map((r) => r.meta.id));
var RULE_META = new Map(RULES.map((r) => [r.meta.id, r.meta]));
function engineRule(id) {
  const r = RULES.find((x) => x.kind === "engine" && x.meta.id === id);
  if (!r) throw new Error(`the registry has no engine rule \`${id}\``);
  return r;
}

// server/src/core/rules/walk.ts
function dispatcher(live, onError) {
  return (k) => {
    const withIt = live.filter((l) => typeof l.visitors[k] === "function");
    const run3 = (args, rec) => {
      const recorded = rec === void 0 || isRecorded(rec);
      for (const l of withIt) {
        if (l.failed || !recorded && !l.all) continue;
        try {
          l.visitors[k].apply(l.visitors, args);
        } catch (e) {
          l.failed = true;
          onError(l.meta, e);
        }
      }
    };
    return Object.assign(run3, { wanted: (rec) => withIt.some((l) => !l.failed && (l.all || isRecorded(rec))) });
  };
}
function start(meta, create, ctx, all, onError) {
  try {
    return { meta, visitors: create(ctx), all, failed: false };
  } catch (e) {
    onError(meta, e);
    return void 0;
  }
}
function runPolicyRules(rules, policy, contextFor, announcement, onError) {
  const live = rules.map((r) => start(r.meta, (ctx) => r.create(ctx), contextFor(r), r.meta.recordings === "all", onError)).filter((l) => !!l);
  const on = dispatcher(live, onError);
  const onPolicy = on("policy");
  const onTrigger = on("trigger");
  const onRecording = on("recording");
  const onPurpose = on("purpose");
  const onUse = on("use");
  const onProcessor = on("processor");
  const onNotice = on("notice");
  onPolicy([policy]);
  for (const tr of policy.triggers.values()) onTrigger([tr]);
  for (const rec of policy.recordings) {
    onRecording([rec], rec);
    for (const p of rec.purposes) onPurpose([p, rec], rec);
    for (const u of rec.uses ?? []) onUse([u, rec], rec);
    for (const p of rec.processors) onProcessor([p, rec], rec);
    if (!onNotice.wanted(rec)) continue;
    const a = announcement(rec);
    for (const n of noticesToRead(a)) onNotice([n, rec, a], rec);
  }
}
function runScriptRules(rules, script, contextFor, onError) {
  const live = rules.map((r) => start(r.meta, (ctx) => r.create(ctx), contextFor(r), true, onError)).filter((l) => !!l);
  dispatcher(live, onError)("script")([script]);
}
function findingOf(meta, uri, r) {
  const template = meta.messages[r.messageId];
  if (template === void 0) throw new Error(`rule \`${meta.id}\` has no message \`${r.messageId}\``);
  return {
    ruleId: meta.id,
    severity: r.severity ?? meta.defaultSeverity,
    message: formatMessage(template, r.data),
    messageId: r.messageId,
    data: r.data,
    uri: r.uri ?? uri,
    span: r.span ?? r.node.span,
    legalSource: meta.legalSource,
    docsUrl: docsUrlFor(meta.id),
    related: r.related ?? [],
    fix: r.fix,
    suggestions: r.suggestions ?? [],
    unnecessary: r.unnecessary
  };
}
var REPLACED_BY = /* @__PURE__ */ new Map();
for (const r of RULES) for (const g of r.meta.replaces ?? []) REPLACED_BY.set(g, (REPLACED_BY.get(g) ?? /* @__PURE__ */ new Set()).add(r.meta.id));
function dropReplaced(findings) {
  let out = findings;
  for (const [generic, by] of REPLACED_BY) {
    const taken = new Set(out.filter((f) => by.has(f.ruleId)).map((f) => `${f.uri}:${f.span.start}`));
    if (taken.size) out = out.filter((f) => f.ruleId !== generic || !taken.has(`${f.uri}:${f.span.start}`));
  }
  return out;
}

// server/src/core/finish.ts
var DEFAULT_MAX_FINDINGS_PER_FILE = 1e3;
var CAPPED = engineRule("too-many-findings").meta;
var INTERNAL2 = engineRule("internal-error").meta;
var NOT_NAMED = engineRule("script-not-named").meta;
var RANK = { hint: 0, info: 1, warning: 2, error: 3 };
function finishLint(units, texts, options, keep) {
  const seen = /* @__PURE__ */ new Set();
  const byUri = /* @__PURE__ */ new Map();
  for (const unit of units) for (const f of unit) {
    const key = `${f.uri}\0${f.span.start}\0${f.span.end}\0${f.ruleId}\0${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const list = byUri.get(f.uri) ?? [];
    list.push(f);
    byUri.set(f.uri, list);
  }
  for (const [uri, text] of texts) if (!byUri.has(uri) && text.includes("reclint-disable")) byUri.set(uri, []);
  const findings = [];
  for (const [uri, list] of byUri) {
    let done;
    try {
      const o = options(uri);
      const shown = suppressed(uri, texts.get(uri), configured(list, o), o);
      done = cap2(uri, keep ? keep(uri, shown) : shown, o);
    } catch (e) {
      done = [fileFailure(uri, e)];
    }
    for (const f of done) findings.push(f);
  }
  findings.sort(compareFindings);
  return findings;
}
function configured(list, o) {
  const out = [];
  for (const f of list) {
    const setting = o.rules[f.ruleId];
    if (setting === "off") continue;
    out.push(setting && setting !== f.severity ? { ...f, severity: setting } : f);
  }
  return out;
}
function suppressed(uri, text, list, options) {
  if (text === void 0 || /\.json$/i.test(uri) || list.some((f) => f.ruleId === "yaml-syntax")) return list;
  const out = [];
  for (const f of applySuppressions(uri, text, list, RULE_IDS)) {
    const setting = options.rules[f.ruleId];
    if (setting === "off") continue;
    out.push(setting && setting !== f.severity ? { ...f, severity: setting } : f);
  }
  return out;
}
function capFindings(findings, options) {
  const byUri = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const list = byUri.get(f.uri) ?? [];
    list.push(f);
    byUri.set(f.uri, list);
  }
  const out = [];
  for (const [uri, list] of byUri) for (const f of cap2(uri, list, options(uri))) out.push(f);
  out.sort(compareFindings);
  return out;
}
function cap2(uri, list, o) {
  const limit = o.maxFindingsPerFile ?? DEFAULT_MAX_FINDINGS_PER_FILE;
  if (list.length <= limit) return list;
  list.sort(compareFindings);
  const shown = list.slice(0, limit);
  const rest = list.slice(limit);
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  let worst = "hint";
  for (const f of rest) {
    counts[f.severity]++;
    if (RANK[f.severity] > RANK[worst]) worst = f.severity;
  }
  const parts = ["error", "warning", "info", "hint"].filter((s) => counts[s] > 0).map((s) => `${counts[s].toLocaleString("en")} ${s}${counts[s] === 1 ? "" : "s"}`);
  const n = (x) => x.toLocaleString("en");
  const setting = o.rules[CAPPED.id];
  if (setting !== "off") shown.push(findingOf(CAPPED, uri, { span: rest[0].span, severity: setting ?? worst, messageId: "capped", data: { more: n(rest.length), counts: parts.join(", "), limit: n(limit) } }));
  return shown;
}
function fileFailure(uri, e) {
  return findingOf(INTERNAL2, uri, { span: { start: 0, end: 0 }, messageId: "file-failed", data: { error: e?.message ?? String(e) } });
}
function scriptNotNamed2(uri, text) {
  const m = /\S[^\r\n]*/.exec(text);
  const span = m ? { start: m.index, end: m.index + m[0].length } : { start: 0, end: 0 };
  return findingOf(NOT_NAMED, uri, { span, messageId: "not-named" });
}

// server/src/core/policy/parse.ts
var import_yaml = __toESM(require_dist());

// server/src/core/policy/fast-scalar.ts
var OutOfSubset = class extends Error {
};
var OUT = new OutOfSubset();
var MAX_FAST_DEPTH = 64;
var KEY2 = /^[A-Za-z_][A-Za-z0-9_-]*$/;
var RESERVED_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
function readQuoted(t, start2, lineEnd2) {
  const q = t.charCodeAt(start2);
  let k = start2 + 1;
  let value = "";
  let from = k;
  for (; ; ) {
    if (k >= lineEnd2) throw OUT;
    const c = t.charCodeAt(k);
    if (q === 34 && c === 92) throw OUT;
    if (c === q) {
      if (q === 39 && t.charCodeAt(k + 1) === 39) {
        value += t.slice(from, k + 1);
        k += 2;
        from = k;
        continue;
      }
      value += t.slice(from, k);
      return { node: { kind: "scalar", value, empty: false, span: { start: start2, end: k + 1 } }, end: k + 1 };
    }
    k++;
  }
}
function plainStartOk(c, next) {
  if (c === 45 || c === 63 || c === 58) return c === 45 && !Number.isNaN(next) && !" \n,[]{}#".includes(String.fromCharCode(next));
  return !"#,[]{}&*!|>'\"%@`~".includes(String.fromCharCode(c));
}
var INT = /^[-+]?[0-9]+$/;
var HEX = /^0x[0-9a-fA-F]+$/;
var OCT = /^0o[0-7]+$/;
var FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
var INF_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
function plainValue(raw) {
  switch (raw) {
    case "null":
    case "Null":
    case "NULL":
      return null;
    case "true":
    case "True":
    case "TRUE":
      return true;
    case "false":
    case "False":
    case "FALSE":
      return false;
  }
  const c = raw.charCodeAt(0);
  if (c >= 48 && c <= 57 || c === 43 || c === 45 || c === 46) {
    if (INF_NAN.test(raw)) throw OUT;
    if (INT.test(raw)) {
      const n = parseInt(raw, 10);
      if (!Number.isSafeInteger(n)) throw OUT;
      return n;
    }
    if (HEX.test(raw) || OCT.test(raw)) throw OUT;
    if (FLOAT.test(raw)) return parseFloat(raw);
  }
  return raw;
}

// server/src/core/policy/fast-flow.ts
var FlowReader = class {
  constructor(t, start2, end, depth) {
    this.t = t;
    this.end = end;
    this.depth = depth;
    this.pos = start2;
  }
  t;
  end;
  depth;
  pos;
  spaces() {
    while (this.pos < this.end && this.t.charCodeAt(this.pos) === 32) this.pos++;
  }
  /** The value at the current position (a nested collection or a scalar); moves past it. */
  node(depth = this.depth) {
    if (depth > MAX_FAST_DEPTH) throw OUT;
    const t = this.t;
    const c = t.charCodeAt(this.pos);
    if (c === 91) return this.seq(depth);
    if (c === 123) return this.map(depth);
    if (c === 34 || c === 39) {
      const q = readQuoted(t, this.pos, this.end);
      this.pos = q.end;
      return q.node;
    }
    return this.plain();
  }
  /** A plain scalar inside a flow collection: up to `,` `]` `}` (no `:` `#` inside). */
  plain() {
    const t = this.t;
    const start2 = this.pos;
    if (!plainStartOk(t.charCodeAt(start2), t.charCodeAt(start2 + 1))) throw OUT;
    let k = start2;
    while (k < this.end) {
      const c = t.charCodeAt(k);
      if (c === 44 || c === 93 || c === 125) break;
      if (c === 35 || c === 91 || c === 123) throw OUT;
      if (c === 58 && (k + 1 >= this.end || " ,[]{}#".includes(t[k + 1]))) throw OUT;
      k++;
    }
    let e = k;
    while (e > start2 && t.charCodeAt(e - 1) === 32) e--;
    if (e === start2) throw OUT;
    this.pos = k;
    return { kind: "scalar", value: plainValue(t.slice(start2, e)), empty: false, span: { start: start2, end: e } };
  }
  seq(depth) {
    const t = this.t;
    const seq = { kind: "seq", items: [], span: { start: this.pos, end: this.pos } };
    this.pos++;
    this.spaces();
    if (t.charCodeAt(this.pos) === 93) {
      this.pos++;
      seq.span.end = this.pos;
      return seq;
    }
    for (; ; ) {
      const item = this.node(depth + 1);
      item.index = seq.items.length;
      item.parentSeq = seq;
      seq.items.push(item);
      this.spaces();
      const c = t.charCodeAt(this.pos);
      this.pos++;
      if (c === 93) break;
      if (c !== 44) throw OUT;
      this.spaces();
      if (t.charCodeAt(this.pos) === 93) throw OUT;
    }
    seq.span.end = this.pos;
    return seq;
  }
  map(depth) {
    const t = this.t;
    const map = { kind: "map", entries: [], span: { start: this.pos, end: this.pos } };
    const seen = /* @__PURE__ */ new Set();
    this.pos++;
    this.spaces();
    if (t.charCodeAt(this.pos) === 125) {
      this.pos++;
      map.span.end = this.pos;
      return map;
    }
    for (; ; ) {
      const keyAt = this.pos;
      const colon = t.indexOf(":", keyAt);
      if (colon < 0 || colon >= this.end) throw OUT;
      const key = t.slice(keyAt, colon);
      if (!KEY2.test(key) || RESERVED_KEY.test(key) || seen.has(key)) throw OUT;
      seen.add(key);
      if (t.charCodeAt(colon + 1) !== 32) throw OUT;
      this.pos = colon + 1;
      this.spaces();
      const c0 = t.charCodeAt(this.pos);
      if (c0 === 44 || c0 === 125) throw OUT;
      const entry2 = { key, keySpan: { start: keyAt, end: colon }, value: void 0, map };
      const value = this.node(depth + 1);
      value.parent = entry2;
      entry2.value = value;
      map.entries.push(entry2);
      this.spaces();
      const c = t.charCodeAt(this.pos);
      this.pos++;
      if (c === 125) break;
      if (c !== 44) throw OUT;
      this.spaces();
      if (t.charCodeAt(this.pos) === 125) throw OUT;
    }
    map.span.end = this.pos;
    return map;
  }
};

// server/src/core/policy/fast-parse.ts
function fastParse(text) {
  if (text.length === 0 || text.includes("	") || text.includes("\r") || text.charCodeAt(0) === 65279) return void 0;
  try {
    const reader = new Reader(text);
    return reader.document();
  } catch (e) {
    if (e instanceof OutOfSubset || e instanceof RangeError) return void 0;
    throw e;
  }
}
var Reader = class {
  constructor(text) {
    this.text = text;
    let start2 = 0;
    while (start2 <= text.length) {
      let end = text.indexOf("\n", start2);
      if (end < 0) end = text.length;
      let c = start2;
      while (c < end && text.charCodeAt(c) === 32) c++;
      const empty = c === end || text.charCodeAt(c) === 35;
      this.lines.push({ start: start2, end, content: c, indent: c - start2, empty });
      if (end === text.length) break;
      start2 = end + 1;
    }
    let nextIndent = -1;
    const after = new Int32Array(this.lines.length);
    for (let k = this.lines.length - 1; k >= 0; k--) {
      const l = this.lines[k];
      if (!l.empty) nextIndent = l.indent;
      after[k] = nextIndent;
    }
    const open = [];
    for (let k = 0; k < this.lines.length; k++) {
      const l = this.lines[k];
      if (!l.empty) {
        const dash = text.charCodeAt(l.content) === 45 && (l.content + 1 === l.end || text.charCodeAt(l.content + 1) === 32);
        let compact = false;
        while (open.length > 0 && open[open.length - 1].indent >= l.indent) {
          const top = open.pop();
          if (top.indent === l.indent) compact = dash && (!top.dash || top.compact);
        }
        open.push({ indent: l.indent, dash, compact });
        continue;
      }
      if (l.content === l.end || l.indent === 0) continue;
      if (text.slice(l.content + 1, l.end).trim() === "") throw OUT;
      if (after[k] < 0) throw OUT;
      if (l.indent !== after[k]) {
        const closing = open.find((o) => o.indent > after[k]);
        if (!closing || closing.indent !== l.indent || l.indent >= open[open.length - 1].indent) throw OUT;
      }
      if (l.indent !== after[k] && open.some((o) => o.indent === l.indent && o.compact)) throw OUT;
    }
  }
  text;
  lines = [];
  /** Index of the current line. */
  i = 0;
  /** Offset just after the line break ending line `l` (the text's end for the last line). */
  after(l) {
    return l.end < this.text.length ? l.end + 1 : l.end;
  }
  skipEmpty() {
    while (this.i < this.lines.length && this.lines[this.i].empty) this.i++;
  }
  peek() {
    this.skipEmpty();
    return this.lines[this.i];
  }
  document() {
    const first = this.peek();
    if (!first || first.indent !== 0) return void 0;
    const root = this.blockMap(0, first.content, 0);
    if (this.peek()) throw OUT;
    return root;
  }
  /** Is this line a list item (`-` then a space or the line's end) at its content? */
  isItem(l) {
    const t = this.text;
    return t.charCodeAt(l.content) === 45 && (l.content + 1 === l.end || t.charCodeAt(l.content + 1) === 32);
  }
  /**
   * A block mapping whose keys sit at column `col`; its first key starts at `firstKey` on the current
   * line (which may hold a `- ` before it).
   */
  blockMap(col, firstKey, depth) {
    if (depth > MAX_FAST_DEPTH) throw OUT;
    const map = { kind: "map", entries: [], span: { start: firstKey, end: firstKey } };
    const seen = /* @__PURE__ */ new Set();
    let keyAt = firstKey;
    for (; ; ) {
      const line = this.lines[this.i];
      const e = this.entry(map, line, keyAt, col, depth);
      if (seen.has(e.key)) throw OUT;
      seen.add(e.key);
      map.entries.push(e);
      const next = this.peek();
      if (!next || next.indent < col) break;
      if (next.indent > col || this.isItem(next)) throw OUT;
      keyAt = next.content;
    }
    map.span.end = this.endOf(map.entries[map.entries.length - 1].value);
    return map;
  }
  /**
   * Where a block collection ends, given its last value: where that value ends when it is an empty
   * value or a block collection itself, else after the line break of the last line consumed.
   */
  endOf(last) {
    if (last.kind === "scalar" ? last.empty : !this.isFlowNode(last)) return last.span.end;
    return this.endOfLast();
  }
  isFlowNode(n) {
    const c = this.text.charCodeAt(n.span.start);
    return c === 91 || c === 123;
  }
  /** The offset after the line break of the last line consumed. */
  endOfLast() {
    let k = this.i - 1;
    while (k > 0 && this.lines[k].empty) k--;
    return this.after(this.lines[k]);
  }
  /** One `key: value` entry starting at `keyAt` on `line`; consumes its lines. */
  entry(map, line, keyAt, col, depth) {
    const t = this.text;
    const colon = t.indexOf(":", keyAt);
    if (colon < 0 || colon > line.end) throw OUT;
    const key = t.slice(keyAt, colon);
    if (!KEY2.test(key) || RESERVED_KEY.test(key)) throw OUT;
    const afterColon = colon + 1;
    if (afterColon < line.end && t.charCodeAt(afterColon) !== 32) throw OUT;
    const keySpan = { start: keyAt, end: colon };
    const entry2 = { key, keySpan, value: void 0, map };
    let v = afterColon;
    while (v < line.end && t.charCodeAt(v) === 32) v++;
    let value;
    if (v === line.end || t.charCodeAt(v) === 35) {
      this.i++;
      value = this.nested(col, v, depth, true);
      if (v < line.end && value.kind === "scalar") throw OUT;
    } else {
      value = this.inline(v, line.end, depth);
      this.i++;
      this.noContinuation(col);
    }
    value.parent = entry2;
    entry2.value = value;
    return entry2;
  }
  /**
   * The value on the lines after a `key:` or a lone `-` whose own column is `col`: a nested mapping or
   * list, or nothing (a null at `emptyAt`). A list may sit at the key's own column.
   */
  nested(col, emptyAt, depth, inMap) {
    const next = this.peek();
    if (next && (next.indent > col || inMap && next.indent === col && this.isItem(next))) {
      if (this.isItem(next)) return this.blockSeq(next.indent, depth + 1);
      return this.blockMap(next.indent, next.content, depth + 1);
    }
    for (let k = this.i - 1; k >= 0 && this.lines[k].empty && this.lines[k].start > emptyAt; k--) {
      if (this.lines[k].content < this.lines[k].end) throw OUT;
    }
    return { kind: "scalar", value: null, empty: true, span: { start: emptyAt, end: emptyAt } };
  }
  /** A block list whose dashes sit at column `col`. */
  blockSeq(col, depth) {
    if (depth > MAX_FAST_DEPTH) throw OUT;
    const t = this.text;
    const first = this.lines[this.i];
    const seq = { kind: "seq", items: [], span: { start: first.content, end: first.content } };
    for (; ; ) {
      const line = this.lines[this.i];
      const dash = line.content;
      let v = dash + 1;
      while (v < line.end && t.charCodeAt(v) === 32) v++;
      let item;
      if (v === line.end || t.charCodeAt(v) === 35) {
        this.i++;
        item = this.nested(col, v, depth, false);
        if (v < line.end && item.kind === "scalar") throw OUT;
      } else if (this.startsEntry(v, line.end)) {
        item = this.blockMap(col + (v - dash), v, depth + 1);
      } else {
        item = this.inline(v, line.end, depth);
        this.i++;
        this.noContinuation(col);
      }
      item.index = seq.items.length;
      item.parentSeq = seq;
      seq.items.push(item);
      const next = this.peek();
      if (!next || next.indent < col) break;
      if (next.indent > col || !this.isItem(next)) {
        if (next.indent === col && !this.isItem(next)) break;
        throw OUT;
      }
    }
    seq.span.end = this.endOf(seq.items[seq.items.length - 1]);
    return seq;
  }
  /** Does a `key:` start at `at` (so the rest of the line is a mapping entry)? */
  startsEntry(at, end) {
    const t = this.text;
    let k = at;
    while (k < end) {
      const c = t.charCodeAt(k);
      if (c === 58) return k + 1 === end || t.charCodeAt(k + 1) === 32;
      if (!(c >= 65 && c <= 90 || c >= 97 && c <= 122 || c >= 48 && c <= 57 || c === 95 || c === 45)) return false;
      k++;
    }
    return false;
  }
  /** After a value on one line, a more indented content line would continue it (a multi-line scalar). */
  noContinuation(col) {
    const next = this.peek();
    if (next && next.indent > col) throw OUT;
  }
  /** A value that sits on one line, from `start` to the line's end (a comment may follow). */
  inline(start2, lineEnd2, depth) {
    const t = this.text;
    const c = t.charCodeAt(start2);
    let node;
    let after;
    if (c === 34 || c === 39) {
      const q = readQuoted(t, start2, lineEnd2);
      node = q.node;
      after = q.end;
    } else if (c === 91 || c === 123) {
      const f = new FlowReader(t, start2, lineEnd2, depth);
      node = f.node();
      after = f.pos;
    } else {
      if (!plainStartOk(c, t.charCodeAt(start2 + 1))) throw OUT;
      let end = start2;
      while (end < lineEnd2 && !(t.charCodeAt(end) === 35 && t.charCodeAt(end - 1) === 32)) end++;
      while (end > start2 && t.charCodeAt(end - 1) === 32) end--;
      const raw = t.slice(start2, end);
      if (raw.includes(": ") || raw.endsWith(":")) throw OUT;
      return { kind: "scalar", value: plainValue(raw), empty: false, span: { start: start2, end } };
    }
    let k = after;
    while (k < lineEnd2 && t.charCodeAt(k) === 32) k++;
    if (k < lineEnd2 && !(t.charCodeAt(k) === 35 && k > after)) throw OUT;
    return node;
  }
};

// ../main/node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start2 = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start2, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start2, end);
  }
  function scanString() {
    let result = "", start2 = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start2, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start2, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start2, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start2 = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start2, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start2 = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start2, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start2, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// ../main/node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// ../main/node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}

// ../main/node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var visit2 = visit;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// server/src/core/policy/json-check.ts
var WHAT = {
  InvalidSymbol: "This character cannot stand here in JSON",
  InvalidNumberFormat: "This is not a JSON number",
  PropertyNameExpected: "A key in double quotes is expected here (a comma before a closing `}` is not allowed in JSON)",
  ValueExpected: "A value is missing here (a comma before a closing `]`, or a key with no value, is not allowed in JSON)",
  ColonExpected: "A `:` is missing between the key and its value",
  CommaExpected: "A comma is missing between two entries",
  CloseBraceExpected: "A `}` is missing: a mapping is not closed",
  CloseBracketExpected: "A `]` is missing: a list is not closed",
  EndOfFileExpected: "The JSON document has ended, but more text follows",
  InvalidCommentToken: "JSON has no comments",
  UnexpectedEndOfComment: "JSON has no comments",
  UnexpectedEndOfString: 'A string is not closed: a `"` is missing',
  UnexpectedEndOfNumber: "A number ends too early",
  InvalidUnicode: "This `\\u` escape is not four hex digits",
  InvalidEscapeCharacter: "This escape is not valid in a JSON string",
  InvalidCharacter: "This character must be escaped in a JSON string"
};
function firstJsonError(text) {
  let first;
  const bom = text.charCodeAt(0) === 65279 ? 1 : 0;
  visit2(bom ? text.slice(1) : text, {
    onError(code, offset, length) {
      if (!first) first = { code, offset: offset + bom, length };
    }
  }, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (!first) return void 0;
  const name = printParseErrorCode(first.code);
  const start2 = Math.min(first.offset, text.length);
  const end = Math.min(text.length, start2 + Math.max(first.length, start2 < text.length ? 1 : 0));
  return { span: { start: start2, end }, message: `${WHAT[name] ?? `The JSON does not parse (${name})`}. reclint reads the file no further.` };
}

// server/src/core/policy/yaml-errors.ts
function plainYamlError(code, readerMessage) {
  const m = readerMessage;
  switch (code) {
    case "MISSING_CHAR":
      if (/quote/i.test(m)) return "A quoted text is not closed: the closing quote is missing. Close it on the same value, or remove the opening quote.";
      return "A closing character is missing here. Close every `[` with `]` and every `{` with `}`.";
    case "BAD_INDENT":
      if (/Flow sequence/i.test(m)) return "A list written as `[ \u2026 ]` is not closed with `]` (or its lines are not indented under its key). Close it, or write it as lines starting with `- `.";
      if (/Flow map/i.test(m)) return "A mapping written as `{ \u2026 }` is not closed with `}` (or its lines are not indented under its key). Close it, or write its keys on lines of their own.";
      return "The indentation here does not match the lines above: the keys of one mapping, and the items of one list, must start at the same column.";
    case "UNEXPECTED_TOKEN": {
      const ch = /"(.)"\s*$/.exec(m)?.[1];
      if (ch) return `This \`${ch}\` does not belong here: nothing opened it. Remove it, or open what it closes.`;
      return "This text does not fit here: a value stands where a key or a list item is expected. Check the indentation and the `- ` and `: ` on this line and the one above.";
    }
    case "TAB_AS_INDENT":
      return "A tab is used to indent this line; YAML indents with spaces only. Replace the tab with spaces.";
    case "BAD_DQ_ESCAPE":
      return "This backslash escape is not valid between double quotes. Write `\\\\` for a backslash, or use single quotes.";
    case "BAD_SCALAR_START":
      return "A value cannot start with this character (`@` and `` ` `` are reserved in YAML). Put the value in quotes.";
    case "MULTILINE_IMPLICIT_KEY":
      return "A key must fit on one line and end with `: `. This line reads as part of a key that started above: is a `:` missing, or is a list item not indented under its key?";
    case "BLOCK_AS_IMPLICIT_KEY":
      return "This line is indented under a key that already has a value after its `:`. A key holds either a value or indented keys: move the value, or unindent this line.";
    case "BLOCK_IN_FLOW":
      return "Lines starting with `- ` or indented keys cannot stand inside `[ \u2026 ]` or `{ \u2026 }`. Write the list or mapping one way or the other.";
    case "MULTIPLE_ANCHORS":
    case "MULTIPLE_TAGS":
    case "BAD_PROP_ORDER":
    case "ALIAS_PROPS":
    case "BAD_ALIAS":
      return "An anchor (`&`), an alias (`*`) or a tag (`!`) is written here in a way YAML does not allow. A policy needs none of them: write the value itself.";
    case "NON_STRING_KEY":
      return "A key must be plain text, not a list or a mapping.";
    case "KEY_OVER_1024_CHARS":
      return "This key is longer than 1,024 characters, which YAML does not allow. Shorten it.";
    case "BAD_DIRECTIVE":
      return "A `%` directive is not valid here, and a policy needs none. Remove the line.";
    case "RESOURCE_EXHAUSTION":
      return "The document is too large or too deeply nested to read.";
    default:
      return firstLine(m);
  }
}
function firstLine(msg) {
  const line = msg.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  return line.endsWith(".") || line.endsWith(":") ? line.replace(/:$/, ".") : `${line}.`;
}

// server/src/core/policy/parse.ts
var MAX_ALIAS_EXPANSION = 1e4;
var MAX_DEPTH = 200;
var TooBig = class extends Error {
  constructor(span, why) {
    super(why);
    this.span = span;
    this.why = why;
  }
  span;
  why;
};
function parsePolicyText(text, opts = {}) {
  if (opts.json) {
    const bad2 = text.trim() === "" ? void 0 : firstJsonError(text);
    if (bad2) return { errors: [bad2] };
  }
  const fast = fastParse(text);
  if (fast) return { root: fast, errors: [] };
  return parseWithYaml(text);
}
function parseWithYaml(text) {
  const errors = [];
  const clamp = (n) => Math.max(0, Math.min(n, text.length));
  const spanOf = (pos) => {
    if (!pos) return { start: 0, end: Math.min(1, text.length) };
    const start2 = clamp(pos[0]);
    let end = clamp(pos[1]);
    if (end <= start2) end = Math.min(text.length, start2 + 1);
    return { start: start2, end };
  };
  let docs;
  try {
    docs = (0, import_yaml.parseAllDocuments)(text, { uniqueKeys: false, strict: true, prettyErrors: false, keepSourceTokens: false });
  } catch (e) {
    return { errors: [{ span: { start: 0, end: Math.min(1, text.length) }, message: `The file could not be parsed: ${e.message}` }] };
  }
  if (!Array.isArray(docs)) docs = [];
  if (docs.length === 0) {
    return { errors: [{ span: { start: 0, end: 0 }, message: "The file is empty: a recording policy is a YAML or JSON mapping that starts with `policy: 1`." }] };
  }
  const doc = docs[0];
  const first = doc.errors[0];
  if (first) return { errors: [{ span: spanOf(first.pos), message: plainYamlError(first.code, first.message) }] };
  if (docs.length > 1) {
    const second = docs[1];
    const start2 = clamp(second.range?.[0] ?? 0);
    const marker = text.lastIndexOf("---", start2);
    const s = marker >= 0 && marker >= (doc.range?.[1] ?? 0) - 3 ? marker : start2;
    errors.push({ span: { start: s, end: Math.min(text.length, s + 3) }, message: "A policy file holds one YAML document; a second document starts here. Move it to a file of its own." });
  }
  if (errors.length > 0) return { errors };
  if (doc.contents === null || doc.contents === void 0) {
    return { errors: [{ span: { start: 0, end: 0 }, message: "The file is empty: a recording policy is a YAML or JSON mapping that starts with `policy: 1`." }] };
  }
  let budget = MAX_ALIAS_EXPANSION;
  const build = (node, depth, inAlias, aliasSpan) => {
    if (!inAlias) checkTag(text, node, errors);
    if (depth > MAX_DEPTH) throw new TooBig(aliasSpan ?? spanOf(rangeOf(node)), `The document is nested more than ${MAX_DEPTH} levels deep; reclint does not read it.`);
    if (inAlias && --budget < 0) {
      throw new TooBig(aliasSpan ?? { start: 0, end: 1 }, `Aliases here expand to more than ${MAX_ALIAS_EXPANSION} nodes (an alias bomb); reclint does not expand them.`);
    }
    if ((0, import_yaml.isAlias)(node)) {
      const target = node.resolve(doc);
      const span = spanOf(rangeOf(node));
      if (!target) throw new TooBig(span, `The alias \`*${node.source}\` names no anchor.`);
      const built = build(target, depth + 1, true, inAlias ? aliasSpan : span);
      return relocate(built, span);
    }
    if ((0, import_yaml.isMap)(node)) {
      const map = { kind: "map", entries: [], span: spanOf(rangeOf(node)) };
      const seen = /* @__PURE__ */ new Map();
      for (const pair of node.items) {
        if (!(0, import_yaml.isPair)(pair)) continue;
        const k = pair.key;
        let key;
        let keySpan;
        if ((0, import_yaml.isScalar)(k)) {
          key = String(k.value);
          keySpan = spanOf(rangeOf(k));
        } else if (k === null || k === void 0) {
          key = "";
          keySpan = map.span;
        } else {
          keySpan = spanOf(rangeOf(k));
          throw new TooBig(keySpan, "A key must be a plain value, not a mapping or a list.");
        }
        const v = pair.value;
        const value = v === null || v === void 0 ? { kind: "scalar", value: null, empty: true, span: { start: keySpan.end, end: keySpan.end } } : build(v, depth + 1, inAlias, aliasSpan);
        const e = { key, keySpan, value, map };
        value.parent = e;
        if (seen.has(key) && !inAlias) {
          const first2 = seen.get(key);
          errors.push({ span: keySpan, message: `Duplicate key \`${key}\`: it is already set on line ${lineOf(text, first2.keySpan.start)}. Keep one.` });
        } else if (!seen.has(key)) {
          seen.set(key, e);
        }
        map.entries.push(e);
      }
      return map;
    }
    if ((0, import_yaml.isSeq)(node)) {
      const seq = { kind: "seq", items: [], span: spanOf(rangeOf(node)) };
      node.items.forEach((it, i) => {
        const child = it === null || it === void 0 ? { kind: "scalar", value: null, empty: true, span: seq.span } : build(it, depth + 1, inAlias, aliasSpan);
        child.index = i;
        child.parentSeq = seq;
        seq.items.push(child);
      });
      return seq;
    }
    if ((0, import_yaml.isScalar)(node)) {
      const r = rangeOf(node);
      const v = node.value;
      let value;
      if (v === null || v === void 0) value = null;
      else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") value = v;
      else if (typeof v === "bigint") value = Number(v);
      else value = String(v);
      const empty = !r || r[0] === r[1];
      return { kind: "scalar", value, empty, span: r ? { start: clamp(r[0]), end: clamp(r[1]) } : { start: 0, end: 0 } };
    }
    return { kind: "scalar", value: null, empty: true, span: { start: 0, end: 0 } };
  };
  try {
    const root = build(doc.contents, 0, false);
    if (errors.length > 0) return { errors };
    return { root, errors };
  } catch (e) {
    if (e instanceof TooBig) return { errors: [{ span: e.span, message: e.why }] };
    if (e instanceof RangeError) return { errors: [{ span: { start: 0, end: Math.min(1, text.length) }, message: "The document is too deeply nested to read." }] };
    throw e;
  }
}
var MAX_TAG_REPORTS = 100;
function checkTag(text, node, errors) {
  const tag = node?.tag;
  if (typeof tag !== "string" || errors.length >= MAX_TAG_REPORTS) return;
  const r = rangeOf(node);
  const at = r ? r[0] : 0;
  const before = text.slice(Math.max(0, at - 1024), at);
  const m = /(![^\s,\[\]{}]*)(?:\s+&[^\s,\[\]{}]+)?\s*$/.exec(before);
  const start2 = m ? at - before.length + m.index : at;
  const written = m ? m[1] : tag.replace(/^tag:yaml\.org,2002:/, "!!");
  errors.push({
    span: { start: start2, end: start2 + Math.max(1, written.length) },
    message: `Tags such as \`${written}\` are not part of the policy format, and reclint does not use the tagged value. Write the value itself, without the tag.`
  });
}
function lineOf(text, offset) {
  let n = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}
function rangeOf(node) {
  const r = node?.range;
  return r ? [r[0], r[1]] : void 0;
}
function relocate(node, span) {
  const walk3 = (n) => {
    n.span = span;
    if (n.kind === "map") for (const e of n.entries) {
      e.keySpan = span;
      walk3(e.value);
    }
    else if (n.kind === "seq") n.items.forEach(walk3);
  };
  walk3(node);
  return node;
}

// server/src/core/profile.ts
function profileFor(jurisdiction) {
  const j = (jurisdiction ?? "").trim().toUpperCase();
  if (j === "DK") return "DK";
  if (j === "NL") return "NL";
  return "EU";
}

// server/src/core/engine.ts
var INTERNAL_ERROR = "internal-error";
function isPolicyUri(uri) {
  return /\.recording-policy\.(ya?ml|json)$/i.test(uri);
}
function isScriptUri(uri) {
  return /\.ivr$/i.test(uri);
}
var policyRules = RULES.filter((r) => r.kind === "policy");
var scriptRules = RULES.filter((r) => r.kind === "script");
var YAML_SYNTAX = engineRule("yaml-syntax");
var SCHEMA = engineRule("schema");
var INTERNAL3 = engineRule(INTERNAL_ERROR);
function lint(req) {
  const u = lintUnits(req);
  return { findings: finishLint(u.units.values(), u.texts, req.options), texts: u.texts, dependencies: u.dependencies, internalErrors: u.internalErrors };
}
function lintUnits(req) {
  const texts = /* @__PURE__ */ new Map();
  const units = /* @__PURE__ */ new Map();
  const scripts = /* @__PURE__ */ new Map();
  const scriptLoads = /* @__PURE__ */ new Map();
  const dependencies = /* @__PURE__ */ new Map();
  let internalErrors = 0;
  const parseScript = (uri, text) => {
    let s = scripts.get(uri);
    if (!s) {
      s = parseIvr(uri, text);
      scripts.set(uri, s);
      texts.set(uri, text);
    }
    return s;
  };
  const given = /* @__PURE__ */ new Map();
  for (const f of req.files) {
    texts.set(f.uri, f.text);
    given.set(f.uri, f.text);
  }
  const loadScript = (fromUri, path12) => {
    const key = `${fromUri}\0${path12}`;
    const cached2 = scriptLoads.get(key);
    if (cached2) return cached2;
    let load;
    const r = req.readScript(fromUri, path12);
    const inRun = given.get(r.uri);
    const got2 = inRun !== void 0 ? { ok: true, uri: r.uri, text: inRun } : r;
    if (got2.ok) {
      if (!isScriptUri(got2.uri)) {
        load = { ok: false, uri: got2.uri, reason: "not-a-script", detail: "reclint reads `.ivr` scripts only" };
      } else {
        load = { ok: true, uri: got2.uri, script: parseScript(got2.uri, got2.text), text: got2.text };
      }
    } else {
      load = { ok: false, uri: got2.uri, reason: got2.reason, detail: got2.detail };
    }
    scriptLoads.set(key, load);
    const deps = dependencies.get(fromUri) ?? [];
    if (!deps.includes(load.uri)) deps.push(load.uri);
    dependencies.set(fromUri, deps);
    return load;
  };
  const failed = (out, uri) => (meta, e) => {
    internalErrors++;
    const error = e?.message ?? String(e);
    out.push(findingOf(INTERNAL3.meta, uri, { span: { start: 0, end: 0 }, messageId: "failed", data: { rule: meta.id, error } }));
  };
  const reporter = (meta, uri, out) => (r) => out.push(findingOf(meta, uri, r));
  const fileFailed = (uri, e) => {
    internalErrors++;
    return [findingOf(INTERNAL3.meta, uri, { span: { start: 0, end: 0 }, messageId: "file-failed", data: { error: e?.message ?? String(e) } })];
  };
  const lintPolicy = (file) => {
    const parsed = parsePolicyText(file.text, { json: /\.json$/i.test(file.uri) });
    if (!parsed.root) {
      units.set(file.uri, parsed.errors.map((e) => findingOf(YAML_SYNTAX.meta, file.uri, { span: e.span, messageId: "syntax", data: { problem: e.message } })));
      return;
    }
    const target = { uri: file.uri, text: file.text };
    const fileFindings = [];
    for (const p of schemaProblems(parsed.root)) {
      fileFindings.push(findingOf(SCHEMA.meta, file.uri, { span: p.span, messageId: "invalid", data: { problem: p.message }, suggestions: SCHEMA.suggest?.(target, p) }));
    }
    const policy = buildPolicy(parsed.root);
    if (!policy) {
      units.set(file.uri, fileFindings);
      return;
    }
    const options = req.options(file.uri);
    const profile = profileFor(options.forceJurisdiction ?? policy.jurisdiction?.value ?? options.jurisdiction);
    const annCache = /* @__PURE__ */ new Map();
    const announcement = (rec) => {
      let a = annCache.get(rec);
      if (!a) {
        a = resolveAnnouncement(policy, rec, { policyUri: file.uri, policyText: file.text, loadScript, configPhrases: options.phrases });
        annCache.set(rec, a);
      }
      return a;
    };
    const nameOf2 = (rec) => recordingName(policy, rec);
    const scriptText = (uri) => texts.get(uri);
    const contextFor = (rule) => ({
      uri: file.uri,
      text: file.text,
      target,
      profile,
      policy,
      configPhrases: options.phrases,
      announcement,
      recordingName: nameOf2,
      scriptText,
      report: reporter(rule.meta, file.uri, fileFindings)
    });
    runPolicyRules(policyRules, policy, contextFor, announcement, failed(fileFindings, file.uri));
    units.set(file.uri, dropReplaced(fileFindings));
  };
  for (const file of req.files) {
    try {
      if (isScriptUri(file.uri)) parseScript(file.uri, file.text);
      else if (isPolicyUri(file.uri)) lintPolicy(file);
    } catch (e) {
      units.set(file.uri, fileFailed(file.uri, e));
    }
  }
  for (const [uri, script] of scripts) {
    const own = [];
    units.set(uri, own);
    try {
      const profile = profileFor(req.options(uri).jurisdiction);
      const text = texts.get(uri) ?? "";
      const target = { uri, text };
      runScriptRules(scriptRules, script, (rule) => ({ uri, text, target, profile, report: reporter(rule.meta, uri, own) }), failed(own, uri));
    } catch (e) {
      units.set(uri, fileFailed(uri, e));
    }
  }
  return { units, texts, dependencies, internalErrors };
}
function recordingName(policy, rec) {
  return rec.id ? `\`${rec.id.value}\`` : `recording ${rec.index + 1}`;
}

// server/src/format/types.ts
function oneBased(input2, uri, span) {
  const idx = input2.lineIndex(uri);
  const s = idx.positionAt(span.start);
  const e = idx.positionAt(span.end);
  return { line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

// server/src/format/github.ts
var escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var escapeProp = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
var github = (input2) => input2.findings.map((f) => {
  const p = oneBased(input2, f.uri, f.span);
  const level = f.severity === "error" ? "error" : f.severity === "warning" ? "warning" : "notice";
  return `::${level} file=${escapeProp(f.uri)},line=${p.line},col=${p.column},endLine=${p.endLine},endColumn=${p.endColumn},title=${escapeProp(f.ruleId)}::${escapeData(f.message)}`;
}).map((l) => l + "\n").join("");

// server/src/format/fingerprint.ts
var import_node_crypto = require("node:crypto");
var norm = (s) => s.replace(/\s+/g, " ").trim();
var MAX_ANCHOR = 1e3;
var firstLine2 = (s) => s.split(/\r\n|\r|\n/, 1)[0];
function anchorText(input2, f) {
  let idx;
  try {
    idx = input2.lineIndex(f.uri);
  } catch {
    return "";
  }
  const text = idx.text;
  const start2 = Math.max(0, Math.min(f.span.start, text.length));
  const end = Math.max(start2, Math.min(f.span.end, text.length));
  const own = firstLine2(text.slice(start2, Math.min(end, start2 + MAX_ANCHOR)));
  if (norm(own)) return norm(own);
  const line = idx.positionAt(start2).line;
  const from = idx.lineStart(line);
  return norm(text.slice(from, Math.min(idx.lineEnd(line), from + MAX_ANCHOR)));
}
function fingerprintOf(ruleId, uri, anchor, occurrence) {
  return (0, import_node_crypto.createHash)("sha256").update(["reclint/v1", ruleId, uri, anchor, String(occurrence)].join("\0")).digest("hex").slice(0, 32);
}
function fingerprints(input2, findings = input2.findings) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((f) => {
    const anchor = anchorText(input2, f);
    const key = `${f.ruleId}\0${f.uri}\0${anchor}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return fingerprintOf(f.ruleId, f.uri, anchor, n);
  });
}

// server/src/format/gitlab.ts
var GITLAB_SEVERITY = { error: "major", warning: "minor", info: "info", hint: "info" };
var gitlab = (input2) => {
  const prints = fingerprints(input2);
  const issues = input2.findings.map((f, i) => {
    const p = oneBased(input2, f.uri, f.span);
    const end = p.endLine > p.line && p.endColumn === 1 ? p.endLine - 1 : p.endLine;
    const docs = f.docsUrl || docsUrlFor(f.ruleId);
    return {
      type: "issue",
      check_name: f.ruleId,
      description: f.message,
      content: { body: `${f.legalSource ? `Legal source: ${f.legalSource}. ` : ""}See [${f.ruleId}](${docs}).` },
      fingerprint: prints[i],
      severity: GITLAB_SEVERITY[f.severity],
      location: { path: f.uri, lines: { begin: p.line, end } }
    };
  });
  return JSON.stringify(issues, null, 2) + "\n";
};

// server/src/format/json.ts
function fixJson(input2, fix) {
  return { title: fix.title, edits: fix.edits.map((e) => ({ file: e.uri, ...oneBased(input2, e.uri, e), text: e.newText })) };
}
function findingJson(input2, f) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    ...oneBased(input2, f.uri, f.span),
    legalSource: f.legalSource,
    docsUrl: f.docsUrl,
    related: f.related.map((r) => ({ file: r.uri, ...oneBased(input2, r.uri, r.span), message: r.message })),
    fix: f.fix ? fixJson(input2, f.fix) : null,
    suggestions: f.suggestions.map((s) => fixJson(input2, s))
  };
}
var json = (input2) => {
  const files = [...input2.files];
  for (const f of input2.findings) if (!files.includes(f.uri)) files.push(f.uri);
  const results = files.map((file) => {
    const list = input2.findings.filter((f) => f.uri === file);
    return {
      file,
      errorCount: list.filter((f) => f.severity === "error").length,
      warningCount: list.filter((f) => f.severity === "warning").length,
      findings: list.map((f) => findingJson(input2, f))
    };
  });
  const count = (s) => input2.findings.filter((f) => f.severity === s).length;
  return JSON.stringify({
    version: input2.version,
    results,
    summary: { files: files.length, errors: count("error"), warnings: count("warning"), infos: count("info"), hints: count("hint"), fixable: input2.findings.filter((f) => f.fix).length }
  }) + "\n";
};

// server/src/format/xml.ts
var FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
var visible = (s) => s.replace(FORBIDDEN, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
function xmlText(s) {
  return visible(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}
function xmlAttr(s) {
  return xmlText(s).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}

// server/src/format/junit.ts
var failing = (f) => f.severity === "error" || f.severity === "warning";
var junit = (input2) => {
  const byFile = new Map(input2.files.map((u) => [u, []]));
  for (const f of input2.findings) {
    const list = byFile.get(f.uri);
    if (list) list.push(f);
    else byFile.set(f.uri, [f]);
  }
  const suites = [];
  let tests2 = 0;
  let failures = 0;
  for (const [file, list] of byFile) {
    const cases = [];
    const names = /* @__PURE__ */ new Map();
    let suiteFailures = 0;
    for (const f of list) {
      const p = oneBased(input2, f.uri, f.span);
      let name = `${f.ruleId} at ${p.line}:${p.column}`;
      const n = (names.get(name) ?? 0) + 1;
      names.set(name, n);
      if (n > 1) name += ` (${n})`;
      const body = [`${file}:${p.line}:${p.column}: ${f.severity} ${f.message}`, `Rule: ${f.ruleId}, ${f.docsUrl || docsUrlFor(f.ruleId)}`];
      if (f.legalSource) body.push(`Legal source: ${f.legalSource}`);
      const open = `    <testcase name="${xmlAttr(name)}" classname="${xmlAttr(file)}" file="${xmlAttr(file)}" time="0">`;
      if (failing(f)) {
        suiteFailures++;
        cases.push(`${open}
      <failure message="${xmlAttr(f.message)}" type="${xmlAttr(f.ruleId)}">${xmlText(body.join("\n"))}</failure>
    </testcase>`);
      } else {
        cases.push(`${open}
      <system-out>${xmlText(body.join("\n"))}</system-out>
    </testcase>`);
      }
    }
    if (!list.length) cases.push(`    <testcase name="no findings" classname="${xmlAttr(file)}" file="${xmlAttr(file)}" time="0"/>`);
    tests2 += cases.length;
    failures += suiteFailures;
    suites.push(`  <testsuite name="${xmlAttr(file)}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="0" time="0">
${cases.join("\n")}
  </testsuite>`);
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="reclint" tests="${tests2}" failures="${failures}" errors="0" skipped="0" time="0">`,
    ...suites,
    "</testsuites>",
    ""
  ].join("\n");
};

// server/src/format/sarif.ts
var LEVEL = { error: "error", warning: "warning", info: "note", hint: "note" };
function region(input2, uri, span) {
  const p = oneBased(input2, uri, span);
  return { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn };
}
function sarifFix(input2, fix) {
  const byFile = /* @__PURE__ */ new Map();
  for (const e of fix.edits) byFile.set(e.uri, [...byFile.get(e.uri) ?? [], e]);
  return {
    description: { text: fix.title },
    artifactChanges: [...byFile].map(([uri, edits]) => ({
      artifactLocation: { uri },
      replacements: edits.map((e) => ({ deletedRegion: region(input2, uri, e), insertedContent: { text: e.newText } }))
    }))
  };
}
var sarif = (input2) => {
  const ruleIndex = new Map(input2.rules.map((r, i) => [r.id, i]));
  const prints = fingerprints(input2);
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "reclint",
            version: input2.version,
            informationUri: "https://github.com/reclint/reclint",
            rules: input2.rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              helpUri: docsUrlFor(r.id),
              help: {
                text: `${r.description}${r.legalSource ? ` (${r.legalSource})` : ""}

Documentation: ${docsUrlFor(r.id)}`,
                markdown: `${r.description}${r.legalSource ? ` (${r.legalSource})` : ""}

See [${r.id}](${docsUrlFor(r.id)}) for what it checks, why, and how to fix it.`
              },
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
              properties: { area: r.area, severity: r.defaultSeverity, legalSource: r.legalSource, fixable: r.fixable }
            }))
          }
        },
        // GitHub tells runs apart by this category (`<name>/`): one per tool and part of the repository.
        automationDetails: { id: input2.sarifCategory ? `${input2.sarifCategory.replace(/\/+$/, "")}/` : "reclint/" },
        columnKind: "utf16CodeUnits",
        artifacts: input2.files.map((f) => ({ location: { uri: f } })),
        results: input2.findings.map((f, n) => ({
          ruleId: f.ruleId,
          ...ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {},
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [{ physicalLocation: { artifactLocation: { uri: f.uri }, region: region(input2, f.uri, f.span) } }],
          ...f.related.length ? { relatedLocations: f.related.map((r, i) => ({ id: i, message: { text: r.message }, physicalLocation: { artifactLocation: { uri: r.uri }, region: region(input2, r.uri, r.span) } })) } : {},
          partialFingerprints: { "reclintFingerprint/v1": prints[n] },
          ...f.fix ? { fixes: [sarifFix(input2, f.fix)] } : {},
          properties: { severity: f.severity, legalSource: f.legalSource }
        }))
      }
    ]
  };
  return JSON.stringify(log, null, 2) + "\n";
};

// server/src/format/stylish.ts
var C = { red: 31, yellow: 33, cyan: 36, gray: 90, bold: 1, underline: 4, green: 32 };
var stylish = (input2) => {
  const paint2 = (code, s) => input2.color ? `\x1B[${code}m${s}\x1B[0m` : s;
  const byFile = /* @__PURE__ */ new Map();
  for (const f of input2.findings) {
    const list = byFile.get(f.uri) ?? [];
    list.push(f);
    byFile.set(f.uri, list);
  }
  const out = [];
  const count = { error: 0, warning: 0, info: 0, hint: 0 };
  let fixable = 0;
  for (const [uri, list] of byFile) {
    out.push("", paint2(C.underline, uri));
    const rows = list.map((f) => {
      count[f.severity]++;
      if (f.fix) fixable++;
      const p = oneBased(input2, uri, f.span);
      const sev = f.severity === "error" ? paint2(C.red, "error") : f.severity === "warning" ? paint2(C.yellow, "warning") : paint2(C.cyan, f.severity);
      return { pos: `${p.line}:${p.column}`, sev, sevLen: f.severity.length, msg: f.message.replace(/\s*\n\s*/g, " "), id: f.ruleId };
    });
    let posW = 0;
    let sevW = 0;
    for (const r of rows) {
      posW = Math.max(posW, r.pos.length);
      sevW = Math.max(sevW, r.sevLen);
    }
    for (const r of rows) out.push(`  ${paint2(C.gray, r.pos.padEnd(posW))}  ${r.sev}${" ".repeat(sevW - r.sevLen)}  ${r.msg}  ${paint2(C.gray, r.id)}`);
  }
  const total = input2.findings.length;
  if (total === 0) return "";
  const parts = [`${count.error} error${count.error === 1 ? "" : "s"}`, `${count.warning} warning${count.warning === 1 ? "" : "s"}`];
  if (count.info) parts.push(`${count.info} info`);
  if (count.hint) parts.push(`${count.hint} hint${count.hint === 1 ? "" : "s"}`);
  const mark = count.error ? paint2(C.red, "\u2716") : count.warning ? paint2(C.yellow, "\u26A0") : paint2(C.cyan, "\u2139");
  out.push("", paint2(C.bold, `${mark} ${total} problem${total === 1 ? "" : "s"} (${parts.join(", ")})`));
  if (fixable) out.push(paint2(C.gray, `  ${fixable} of them can be fixed with the \`--fix\` option.`));
  return out.join("\n") + "\n";
};

// server/src/format/index.ts
var FORMATTERS = { stylish, json, sarif, github, gitlab, junit };

// server/src/host/node.ts
var fs = __toESM(require("node:fs"));
var path = __toESM(require("node:path"));
var DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
function toDisplay(p, cwd = process.cwd()) {
  const rel = path.relative(cwd, p);
  const shown = rel === "" ? "." : rel.startsWith("..") && path.isAbsolute(p) && rel.split(path.sep).filter((s) => s === "..").length > 3 ? p : rel;
  return shown.split(path.sep).join("/");
}
function readTextFile(p, maxSize = DEFAULT_MAX_FILE_SIZE) {
  let st;
  try {
    st = fs.statSync(p);
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT" || code === "ENOTDIR") return { ok: false, reason: "not-found", path: p };
    if (code === "ELOOP") return { ok: false, reason: "unreadable", detail: "a symbolic link loop", path: p };
    return { ok: false, reason: "unreadable", detail: code ?? String(e), path: p };
  }
  if (st.isDirectory()) return { ok: false, reason: "directory", path: p };
  if (!st.isFile()) return { ok: false, reason: "unreadable", detail: "not a regular file", path: p };
  if (st.size > maxSize) return { ok: false, reason: "too-large", detail: `${st.size} bytes; the limit is ${maxSize}`, path: p };
  let buf;
  try {
    buf = fs.readFileSync(p);
  } catch (e) {
    return { ok: false, reason: "unreadable", detail: e.code ?? String(e), path: p };
  }
  let invalidUtf8 = false;
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    invalidUtf8 = true;
    text = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }).decode(buf);
  }
  return { ok: true, text, invalidUtf8, path: p };
}
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", ".hg", ".svn"]);
function walk2(dir, opts, out = [], depth = 0) {
  if (depth > 64) return out;
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (SKIP_DIRS.has(e.name) || opts.skip(full, true)) continue;
      walk2(full, opts, out, depth + 1);
    } else if ((e.isFile() || e.isSymbolicLink()) && (isPolicyUri(e.name) || isScriptUri(e.name)) && !opts.skip(full, false)) {
      out.push(full);
    }
  }
  return out;
}
function insideRoots(p, roots) {
  let real = path.resolve(p);
  try {
    real = fs.realpathSync(p);
  } catch {
  }
  return roots.some((r) => {
    let rr = path.resolve(r);
    try {
      rr = fs.realpathSync(r);
    } catch {
    }
    const rel = path.relative(rr, real);
    return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
  });
}

// server/src/host/project.ts
var path3 = __toESM(require("node:path"));
var import_node_url = require("node:url");

// server/src/core/config.ts
var import_config_validator_generated = __toESM(require_config_validator_generated());
function parseConfigText(text) {
  const parsed = parsePolicyText(text);
  if (!parsed.root) {
    if (parsed.errors.length === 1 && text.trim() === "") return { config: {}, problems: [] };
    return { config: {}, problems: parsed.errors };
  }
  const data = toPlain(parsed.root);
  if (!(0, import_config_validator_generated.default)(data)) {
    const problems = (import_config_validator_generated.default.errors ?? []).filter((e) => !["if", "anyOf", "oneOf"].includes(e.keyword)).map((e) => {
      const where = e.instancePath || "(top level)";
      const extra = e.keyword === "additionalProperties" ? ` \`${String(e.params.additionalProperty)}\`` : "";
      return { span: parsed.root.span, message: `.reclintrc.yaml: ${where} ${e.message ?? "is not valid"}${extra}.` };
    });
    return { config: {}, problems: problems.length ? [problems[0]] : [] };
  }
  return { config: data, problems: [] };
}
function mergeConfigs(layers) {
  const out = {};
  for (const c of layers) {
    if (!c) continue;
    if (c.jurisdiction !== void 0) out.jurisdiction = c.jurisdiction;
    if (c.rules) out.rules = { ...out.rules ?? {}, ...c.rules };
    if (c.phrases) {
      const p = { ...out.phrases ?? {} };
      for (const [lang, byId] of Object.entries(c.phrases)) {
        const cur = { ...p[lang] ?? {} };
        for (const [id, list] of Object.entries(byId)) cur[id] = [...cur[id] ?? [], ...list];
        p[lang] = cur;
      }
      out.phrases = p;
    }
    if (c.files) out.files = c.files;
    if (c.max_findings_per_file !== void 0) out.max_findings_per_file = c.max_findings_per_file;
    if (c.ignores) out.ignores = [...out.ignores ?? [], ...c.ignores];
  }
  return out;
}
function optionsFrom(config, overrides = {}) {
  const max = overrides.maxFindingsPerFile ?? config.max_findings_per_file;
  return {
    rules: { ...config.rules ?? {}, ...overrides.rules ?? {} },
    jurisdiction: config.jurisdiction,
    forceJurisdiction: overrides.jurisdiction,
    phrases: config.phrases ?? {},
    ...max !== void 0 ? { maxFindingsPerFile: max } : {}
  };
}

// server/src/host/config-file.ts
var fs2 = __toESM(require("node:fs"));
var path2 = __toESM(require("node:path"));

// server/src/core/presets.ts
function strict() {
  const rules = {};
  for (const r of RULES) {
    if (r.meta.defaultSeverity === "warning") rules[r.meta.id] = "error";
    else if (r.meta.defaultSeverity === "info") rules[r.meta.id] = "warning";
  }
  rules["suppression-without-reason"] = "error";
  return { rules };
}
var PRESETS = {
  "reclint:recommended": () => ({}),
  "reclint:strict": strict
};

// server/src/host/glob.ts
var cache2 = /* @__PURE__ */ new Map();
function globToRegExp(glob) {
  let re = cache2.get(glob);
  if (re) return re;
  let s = "";
  let i = 0;
  let g = glob.replace(/^\.\//, "");
  if (g.endsWith("/")) g += "**";
  while (i < g.length) {
    const c = g[i];
    if (c === "*") {
      if (g[i + 1] === "*") {
        const slash = g[i + 2] === "/";
        s += slash ? "(?:.*/)?" : ".*";
        i += slash ? 3 : 2;
        continue;
      }
      s += "[^/]*";
    } else if (c === "?") s += "[^/]";
    else if (c === "{") {
      const close = g.indexOf("}", i);
      if (close > i) {
        s += `(?:${g.slice(i + 1, close).split(",").map((x) => x.replace(/[.+^$()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*")).join("|")})`;
        i = close + 1;
        continue;
      }
      s += "\\{";
    } else s += c.replace(/[.+^$()|[\]\\]/g, "\\$&");
    i++;
  }
  const anchored = g.includes("/") ? `^${s}` : `^(?:.*/)?${s}`;
  re = new RegExp(`${anchored}(?:/.*)?$`);
  cache2.set(glob, re);
  return re;
}
function matchesAny(relPath, globs) {
  return globs.some((g) => globToRegExp(g).test(relPath));
}

// server/src/host/config-file.ts
var CONFIG_NAMES = [".reclintrc.yaml", ".reclintrc.yml"];
var MAX_CONFIG_SIZE = 1024 * 1024;
var MAX_EXTENDS_DEPTH = 8;
var ConfigResolver = class {
  byDir = /* @__PURE__ */ new Map();
  chains = /* @__PURE__ */ new Map();
  /** Load one config file (also an explicit `--config`). */
  load(file) {
    const r = readTextFile(file, MAX_CONFIG_SIZE);
    if (!r.ok) {
      const why = r.reason === "too-large" ? `it is larger than ${MAX_CONFIG_SIZE} bytes` : r.reason === "not-found" ? "no such file" : r.detail ?? r.reason;
      return { file, text: "", config: {}, bases: [], problems: [{ span: { start: 0, end: 0 }, message: `The config file cannot be read: ${why}.` }] };
    }
    return this.fromText(file, r.text);
  }
  /** A config from its text (an open editor buffer, or the file's), with what it extends resolved. */
  fromText(file, text) {
    const { config, problems } = parseConfigText(text);
    const bases = [];
    const state = { done: /* @__PURE__ */ new Set([realOf(file)]), count: 0 };
    for (const name of namesOf(config.extends)) resolveBase(name, path2.dirname(file), text, bases, problems, [realOf(file)], 0, state);
    return { file, text, config, bases, problems };
  }
  inDir(dir) {
    if (this.byDir.has(dir)) return this.byDir.get(dir);
    let found = null;
    for (const name of CONFIG_NAMES) {
      const f = path2.join(dir, name);
      if (fs2.existsSync(f)) {
        found = this.load(f);
        break;
      }
    }
    this.byDir.set(dir, found);
    return found;
  }
  /** The config files that govern a file: from the outermost to the nearest folder, stopping at `root: true`. */
  forFile(file) {
    const dir = path2.dirname(path2.resolve(file));
    const hit = this.chains.get(dir);
    if (hit) return hit;
    const chain = [];
    let d = dir;
    for (let i = 0; i < 128; i++) {
      const c = this.inDir(d);
      if (c) {
        chain.push(c);
        if (c.config.root === true) break;
      }
      const up = path2.dirname(d);
      if (up === d) break;
      d = up;
    }
    chain.reverse();
    const result = { files: chain };
    this.chains.set(dir, result);
    return result;
  }
  clear() {
    this.byDir.clear();
    this.chains.clear();
  }
};
function layersFor(abs, chain, cwd) {
  const out = [];
  for (const c of chain) {
    const rel = toDisplay(abs, path2.dirname(c.file));
    const shown = toDisplay(c.file, cwd);
    const add = (from, cfg) => {
      const { overrides, files: _f, ignores: _i, root: _r, extends: _e, ...settings } = cfg;
      out.push({ from, config: settings });
      (overrides ?? []).forEach((o, i) => {
        if (matchesAny(rel, o.files)) out.push({ from: `${from}, overrides[${i}]`, config: { rules: o.rules, jurisdiction: o.jurisdiction, phrases: o.phrases } });
      });
    };
    for (const b of c.bases) add(`${b.name} (extended by ${shown})`, b.config);
    add(shown, c.config);
  }
  return out;
}
function namesOf(e) {
  return e === void 0 ? [] : Array.isArray(e) ? e : [e];
}
var MAX_EXTENDS_FILES = 64;
function realOf(file) {
  try {
    return fs2.realpathSync(file);
  } catch {
    return path2.resolve(file);
  }
}
function resolveBase(name, dir, text, out, problems, seen, depth, state) {
  const at = text.indexOf(name, Math.max(0, text.indexOf("extends")));
  const problem = (message) => problems.push({ span: at >= 0 ? { start: at, end: at + name.length } : { start: 0, end: 0 }, message });
  if (PRESETS[name]) {
    out.push({ name, from: name, config: PRESETS[name]() });
    return;
  }
  if (name.startsWith("reclint:")) return void problem(`\`${name}\` is not a built-in config; there are ${Object.keys(PRESETS).map((p) => `\`${p}\``).join(" and ")}.`);
  if (depth >= MAX_EXTENDS_DEPTH) return void problem(`\`extends\` nests more than ${MAX_EXTENDS_DEPTH} deep here; reclint stops at \`${name}\`.`);
  const located = locate(name, dir);
  if (located === "escapes") return void problem(`\`${name}\` leaves the package it names; a package's config must lie inside the package.`);
  if (located === "loop") return void problem(`\`${name}\` is a symbolic link that leads to itself.`);
  const file = located && realOf(located);
  if (!file) return void problem(`\`${name}\` cannot be found: write a YAML file relative to this config (\`./shared/reclint.yaml\`), an installed npm package that ships one, or \`reclint:recommended\`.`);
  if (!/\.ya?ml$/i.test(file)) return void problem(`\`${name}\` is not a YAML file; reclint reads configs as YAML only and never runs code.`);
  if (seen.includes(file)) return void problem(`\`${name}\` extends itself (through ${seen.map((s) => path2.basename(s)).join(" \u2192 ")}).`);
  if (state.done.has(file)) return;
  state.done.add(file);
  if (++state.count > MAX_EXTENDS_FILES) return void problem(`\`extends\` reaches more than ${MAX_EXTENDS_FILES} files; reclint stops at \`${name}\`.`);
  const r = readTextFile(file, MAX_CONFIG_SIZE);
  if (!r.ok) return void problem(`\`${name}\` cannot be read (${r.detail ?? r.reason}).`);
  const parsed = parseConfigText(r.text);
  if (parsed.problems.length) return void problem(`\`${name}\` is not a valid reclint config (open it to see why).`);
  for (const inner of namesOf(parsed.config.extends)) {
    const before = problems.length;
    const first = out.length;
    resolveBase(inner, path2.dirname(file), r.text, out, problems, [...seen, file], depth + 1, state);
    for (const b of out.slice(first)) b.name = `${name} \u2192 ${b.name}`;
    for (const p of problems.splice(before)) problem(`in \`${name}\`: ${p.message}`);
  }
  out.push({ name, from: file, config: parsed.config });
}
function locate(name, dir) {
  if (name.startsWith(".") || path2.isAbsolute(name)) {
    const f = path2.resolve(dir, name);
    if (fs2.existsSync(f)) return f;
    try {
      fs2.lstatSync(f);
      return "loop";
    } catch {
      return void 0;
    }
  }
  const parts = name.split("/");
  const pkg = name.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
  const sub = parts.slice(name.startsWith("@") ? 2 : 1).join("/");
  for (let d = dir, i = 0; i < 128; i++) {
    const root = path2.join(d, "node_modules", pkg);
    if (fs2.existsSync(root)) {
      if (sub) {
        const f = path2.resolve(root, sub);
        const rel = path2.relative(root, f);
        return rel.startsWith("..") || path2.isAbsolute(rel) ? "escapes" : f;
      }
      let field2;
      try {
        field2 = JSON.parse(fs2.readFileSync(path2.join(root, "package.json"), "utf8")).reclint;
      } catch {
        field2 = void 0;
      }
      for (const f of [typeof field2 === "string" ? field2 : void 0, "reclint.yaml", ".reclintrc.yaml"]) if (f && fs2.existsSync(path2.join(root, f))) return path2.join(root, f);
      return void 0;
    }
    const up = path2.dirname(d);
    if (up === d) break;
    d = up;
  }
  return void 0;
}

// server/src/host/project.ts
function isUrl(s) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(s);
}
var ProjectHost = class {
  constructor(params, adapter = {}, resolver = new ConfigResolver()) {
    this.params = params;
    this.adapter = adapter;
    this.resolver = resolver;
    this.uriCodec = codecFor(params.uris);
    this.roots = outermost(params.roots.map((r) => path3.resolve(r)));
    this.maxSize = params.maxSize ?? DEFAULT_MAX_FILE_SIZE;
    this.explicit = params.config.kind === "file" ? resolver.load(params.config.file) : void 0;
  }
  params;
  adapter;
  resolver;
  roots;
  maxSize;
  explicit;
  optionsMemo = /* @__PURE__ */ new Map();
  reads = /* @__PURE__ */ new Map();
  uriCodec;
  uriOf(abs) {
    return this.uriCodec.uriOf(abs);
  }
  absOf(uri) {
    return this.uriCodec.absOf(uri);
  }
  /** The configs that govern a file. */
  configFor(abs) {
    if (this.params.config.kind === "none") return { files: [] };
    if (this.explicit) return { files: [this.explicit] };
    return this.resolver.forFile(abs);
  }
  /**
   * Does the project leave this file (or folder) out? Each config's `ignores` is read from its own
   * folder; the nearest config with `files` decides what is taken in, from its folder.
   */
  excluded(abs, isDir = false) {
    const chain = this.configFor(isDir ? path3.join(abs, "_") : abs).files;
    for (const c of chain) {
      if (c.config.ignores?.length && matchesAny(relTo(abs, c.file), c.config.ignores)) return true;
    }
    if (isDir) return false;
    for (let i = chain.length - 1; i >= 0; i--) {
      const files = chain[i].config.files;
      if (files) return !matchesAny(relTo(abs, chain[i].file), files);
    }
    return false;
  }
  /** Every policy and script under a folder that the project takes in, sorted by path. */
  find(dir) {
    return walk2(dir, { skip: (abs, isDir) => this.excluded(abs, isDir) });
  }
  /**
   * The layers of a file's settings, outermost first, each with where it came from: the adapter's own
   * (editor settings), then per config file what it extends, itself and its matching `overrides`.
   */
  layers(uri) {
    const abs = this.absOf(uri);
    const under = this.adapter.under?.(uri) ?? this.params.under;
    const out = under ? [{ from: "the editor settings", config: under }] : [];
    if (abs) for (const l of layersFor(abs, this.configFor(abs).files, this.params.uris.kind === "relative" ? this.params.uris.cwd : path3.dirname(abs))) out.push(l);
    return out;
  }
  /** The lint options of a file: its layers merged, the adapter's flags over them. */
  options(uri) {
    let o = this.optionsMemo.get(uri);
    if (!o) {
      o = optionsFrom(mergeConfigs(this.layers(uri).map((l) => l.config)), this.params.over);
      this.optionsMemo.set(uri, o);
    }
    return o;
  }
  /** The roots that guard a file's script paths: the project's, or the file's own folder outside them. */
  guardFor(abs) {
    return insideRoots(abs, this.roots) ? this.roots : [path3.dirname(abs)];
  }
  /** Read a script a policy names (path relative to the policy); once per batch per script. */
  readScript = (fromUri, rel) => {
    if (isUrl(rel)) return { ok: false, uri: rel, reason: "not-found", detail: "a URL; reclint reads local files only" };
    const from = this.absOf(fromUri);
    if (!from) return this.readVirtual(fromUri, rel);
    const abs = path3.resolve(path3.dirname(from), rel);
    let r = this.reads.get(abs);
    if (!r) {
      r = this.readAt(from, abs);
      this.reads.set(abs, r);
    }
    return r;
  };
  /** A policy with no path (a virtual workspace): its script can be read only when it is open too. */
  readVirtual(fromUri, rel) {
    let uri;
    try {
      uri = new URL(rel, fromUri).href;
    } catch {
      return { ok: false, uri: rel, reason: "not-found" };
    }
    const text = this.adapter.overlay?.(uri);
    return text !== void 0 ? { ok: true, uri, text } : { ok: false, uri, reason: "not-found", detail: "in a virtual workspace reclint reads only open scripts" };
  }
  readAt(from, abs) {
    const uri = this.uriOf(abs);
    const guard = this.guardFor(from);
    if (!insideRoots(abs, guard)) return { ok: false, uri, reason: "outside-root", detail: `the project is ${guard.length > 1 ? "the folders" : "the folder"} ${guard.map((g) => `\`${path3.basename(g) || g}\``).join(", ")}` };
    const open = this.adapter.overlay?.(uri);
    if (open !== void 0) return { ok: true, uri, text: open };
    const r = readTextFile(abs, this.maxSize);
    if (!r.ok) return { ok: false, uri, reason: r.reason, detail: r.detail };
    if (r.invalidUtf8 || r.text.includes("\0")) return { ok: false, uri, reason: "unreadable", detail: "not UTF-8 text" };
    return { ok: true, uri, text: r.text };
  }
  /** Texts or settings may have changed: read scripts and work out options again; with `configs`, re-read the config files too. */
  reset(configs = false) {
    this.reads = /* @__PURE__ */ new Map();
    this.optionsMemo.clear();
    if (configs) this.resolver.clear();
  }
};
function relTo(abs, configFile) {
  return toDisplay(abs, path3.dirname(configFile));
}
function outermost(roots) {
  const uniq = [...new Set(roots)].sort((a, b) => a.length - b.length);
  const out = [];
  for (const r of uniq) if (!out.some((o) => insideRoots(r, [o]))) out.push(r);
  return out;
}
function codecFor(u) {
  if (u.kind === "relative") {
    const cwd = u.cwd;
    return { uriOf: (abs) => toDisplay(abs, cwd), absOf: (uri) => isUrl(uri) ? void 0 : path3.resolve(cwd, uri) };
  }
  return { uriOf: fileUrlOf, absOf: pathOfFileUrl };
}
function fileUrlOf(abs) {
  return (0, import_node_url.pathToFileURL)(abs).href;
}
function pathOfFileUrl(uri) {
  if (!uri.startsWith("file:")) return void 0;
  try {
    return (0, import_node_url.fileURLToPath)(uri);
  } catch {
    return void 0;
  }
}

// server/src/host/write.ts
var fs3 = __toESM(require("node:fs"));
var path4 = __toESM(require("node:path"));
function writeFileAtomic(file, text, expectedOnDisk) {
  let st;
  try {
    st = fs3.statSync(file);
  } catch {
    return { ok: false, reason: "the file is gone" };
  }
  try {
    fs3.accessSync(file, fs3.constants.W_OK);
  } catch {
    return { ok: false, reason: "the file is read-only" };
  }
  if ((st.mode & 146) === 0) return { ok: false, reason: "the file is read-only" };
  let now;
  try {
    now = fs3.readFileSync(file, "utf8");
  } catch {
    return { ok: false, reason: "the file cannot be read back" };
  }
  if (now !== expectedOnDisk) return { ok: false, reason: "the file changed on disk since reclint read it" };
  const tmp = path4.join(path4.dirname(file), `.${path4.basename(file)}.reclint-${process.pid}-${Date.now()}.tmp`);
  try {
    fs3.writeFileSync(tmp, text, { mode: st.mode & 4095 });
    fs3.chmodSync(tmp, st.mode & 4095);
    fs3.renameSync(tmp, file);
    return { ok: true };
  } catch (e) {
    try {
      fs3.unlinkSync(tmp);
    } catch {
    }
    return { ok: false, reason: `it could not be written (${e.code ?? String(e)})` };
  }
}

// server/src/cli/args.ts
var SEVERITIES = ["off", "hint", "info", "warning", "error"];
var OPTIONS = [
  { flags: ["-f", "--format"], arg: "name", help: "Output format: stylish (default), json, sarif, github (annotations), gitlab (Code Quality), junit (JUnit XML)", apply: (o, v) => ["stylish", "json", "sarif", "github", "gitlab", "junit"].includes(v) ? (o.format = v, void 0) : `unknown format \`${v}\`; use stylish, json, sarif, github, gitlab or junit` },
  { flags: ["-o", "--output-file"], arg: "file", help: "Write the report to a file instead of standard output", apply: (o, v) => (o.outputFile = v, void 0) },
  { flags: ["--quiet"], help: "Report errors only", apply: (o) => (o.quiet = true, void 0) },
  { flags: ["--max-warnings"], arg: "n", help: "Exit 1 when there are more than n warnings", apply: (o, v) => /^\d+$/.test(v) ? (o.maxWarnings = Number(v), void 0) : "--max-warnings takes a whole number" },
  { flags: ["--fix"], help: "Apply the safe fixes to the files, then report what remains", apply: (o) => (o.fix = true, void 0) },
  { flags: ["--fix-dry-run"], help: "Print the fixed text of each file that would change, without writing", apply: (o) => (o.fixDryRun = true, void 0) },
  { flags: ["-c", "--config"], arg: "file", help: "Use this config file instead of looking for .reclintrc.yaml", apply: (o, v) => (o.config = v, void 0) },
  { flags: ["--no-config"], help: "Do not read any .reclintrc.yaml", apply: (o) => (o.noConfig = true, void 0) },
  {
    flags: ["--rule"],
    arg: "id:severity",
    help: "Set a rule's severity (off, hint, info, warning, error); repeatable",
    apply: (o, v) => {
      const i = v.lastIndexOf(":");
      const id = v.slice(0, i);
      const sev = v.slice(i + 1);
      if (i <= 0 || !SEVERITIES.includes(sev)) return `--rule takes <id>:<severity> with severity one of ${SEVERITIES.join(", ")}; got \`${v}\``;
      o.rules[id] = sev;
      return void 0;
    }
  },
  { flags: ["--jurisdiction"], arg: "code", help: "Lint as if every policy named this jurisdiction (DK, NL, or any other code for EU-wide)", apply: (o, v) => /^[A-Za-z]{2}$/.test(v) ? (o.jurisdiction = v.toUpperCase(), void 0) : "--jurisdiction takes a two-letter country code" },
  { flags: ["--max-findings-per-file"], arg: "n", help: "List at most n findings of one file, then one that counts the rest (default 1000, or max_findings_per_file)", apply: (o, v) => /^[1-9]\d*$/.test(v) ? (o.maxFindingsPerFile = Number(v), void 0) : "--max-findings-per-file takes a positive number" },
  { flags: ["--max-file-size"], arg: "bytes", help: "Files larger than this are reported and not parsed (default 10485760)", apply: (o, v) => /^\d+$/.test(v) ? (o.maxFileSize = Number(v), void 0) : "--max-file-size takes a number of bytes" },
  { flags: ["--sarif-category"], arg: "name", help: "The SARIF run category (automationDetails.id, default reclint/): one per part of a repository linted apart", apply: (o, v) => /^[\w./-]+$/.test(v) ? (o.sarifCategory = v, void 0) : "--sarif-category takes letters, digits, . _ - and /" },
  { flags: ["--print-config"], arg: "file", help: "Print, as JSON, the settings reclint lints this file with and where each comes from; lint nothing", apply: (o, v) => (o.printConfig = v, void 0) },
  { flags: ["--suppress-all"], help: "Write every finding of this run into the baseline (reclint-suppressions.json); later runs report only what is beyond it", apply: (o) => (o.suppressAll = true, void 0) },
  { flags: ["--suppress-rule"], arg: "id", help: "The same for one rule; repeatable", apply: (o, v) => /^[a-z0-9-]+$/.test(v) ? (o.suppressRules.push(v), void 0) : "--suppress-rule takes a rule id" },
  { flags: ["--prune-suppressions"], help: "Lower the baseline's counts to what is still found, and drop what is gone", apply: (o) => (o.pruneSuppressions = true, void 0) },
  { flags: ["--suppressions-location"], arg: "file", help: "The baseline file (default ./reclint-suppressions.json)", apply: (o, v) => (o.suppressionsLocation = v, void 0) },
  { flags: ["--stdin"], help: "Lint the text on standard input (as --stdin-filename, default stdin.recording-policy.yaml)", apply: (o) => (o.stdin = true, void 0) },
  { flags: ["--stdin-filename"], arg: "path", help: "The file the standard input stands for: its kind, its config, the scripts or policies it goes with", apply: (o, v) => (o.stdinFilename = v, void 0) },
  { flags: ["--cache"], help: "Reuse the findings of files (and the scripts they read) unchanged since the last --cache run", apply: (o) => (o.cache = true, void 0) },
  { flags: ["--cache-location"], arg: "path", help: "The cache file, or a folder to hold .reclintcache (default ./.reclintcache)", apply: (o, v) => (o.cacheLocation = v, void 0) },
  { flags: ["--color"], help: "Force colours", apply: (o) => (o.color = true, void 0) },
  { flags: ["--no-color"], help: "No colours (also when NO_COLOR is set)", apply: (o) => (o.color = false, void 0) },
  { flags: ["--debug"], help: "Print stack traces of internal errors", apply: (o) => (o.debug = true, void 0) },
  { flags: ["-v", "--version"], help: "Print the version", apply: (o) => (o.version = true, void 0) },
  { flags: ["-h", "--help"], help: "Print this help", apply: (o) => (o.help = true, void 0) }
];
var UsageError = class extends Error {
};
function parseArgs(argv) {
  const o = { paths: [], format: "stylish", quiet: false, fix: false, fixDryRun: false, noConfig: false, rules: {}, cache: false, stdin: false, suppressAll: false, suppressRules: [], pruneSuppressions: false, debug: false, help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      for (const a2 of argv.slice(i + 1)) o.paths.push(a2);
      break;
    }
    if (!a.startsWith("-") || a === "-") {
      o.paths.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const flag = a.startsWith("--") && eq > 0 ? a.slice(0, eq) : a;
    const spec = OPTIONS.find((s) => s.flags.includes(flag));
    if (!spec) throw new UsageError(`unknown option \`${flag}\` (see \`reclint --help\`)`);
    let value = "";
    if (spec.arg) {
      if (eq > 0 && a.startsWith("--")) value = a.slice(eq + 1);
      else if (i + 1 < argv.length) value = argv[++i];
      else throw new UsageError(`${flag} needs a value (${spec.arg})`);
    }
    const err = spec.apply(o, value);
    if (err) throw new UsageError(err);
  }
  if (o.stdinFilename !== void 0 && !o.stdin) throw new UsageError("--stdin-filename goes with --stdin");
  if (o.stdin && o.paths.length) throw new UsageError("--stdin lints standard input: give no paths (name the file it stands for with --stdin-filename)");
  if (o.stdin && o.fix) throw new UsageError("--fix cannot write standard input back; use --fix-dry-run to print the fixed text");
  if (o.stdin && o.cache) throw new UsageError("--cache does not apply to standard input");
  return o;
}
function helpText(version) {
  const rows = OPTIONS.map((s) => [`${s.flags.join(", ")}${s.arg ? ` <${s.arg}>` : ""}`, s.help]);
  const w = Math.max(...rows.map((r) => r[0].length));
  return [
    `reclint ${version}: lints call-recording policies and IVR scripts against the GDPR`,
    "",
    "Usage:",
    "  reclint [options] [paths...]        lint files and folders (default: the current folder)",
    `  reclint purposes --lang <${NOTICE_LANGS.join("|")}> [--format json|text] [--] "<notice text>" | -`,
    "                                      show what a spoken notice announces",
    "",
    "Folders are searched for *.recording-policy.{yaml,yml,json} and *.ivr (node_modules and .git skipped).",
    "",
    "Options:",
    ...rows.map(([f, h]) => `  ${f.padEnd(w)}  ${h}`),
    "",
    "Exit codes: 0 no errors (and warnings within --max-warnings); 1 errors or too many warnings",
    "            (a file reclint fails on is an internal-error finding on it); 2 usage error,",
    "            an unreadable path that was named, or a failure of the run itself.",
    ""
  ].join("\n");
}

// server/src/cli/cache.ts
var import_node_crypto2 = require("node:crypto");
var fs4 = __toESM(require("node:fs"));
var path5 = __toESM(require("node:path"));
var FORMAT = 1;
var DEFAULT_CACHE_FILE = ".reclintcache";
function contentHash(text) {
  return (0, import_node_crypto2.createHash)("sha1").update(text).digest("base64");
}
var readKeys = /* @__PURE__ */ new WeakMap();
function readKey(r) {
  let k = readKeys.get(r);
  if (k === void 0) {
    k = r.ok ? `ok\0${r.uri}\0${contentHash(r.text)}` : `no\0${r.uri}\0${r.reason}\0${r.detail ?? ""}`;
    readKeys.set(r, k);
  }
  return k;
}
var optionKeys = /* @__PURE__ */ new WeakMap();
function optionsKey(o) {
  let k = optionKeys.get(o);
  if (k === void 0) {
    k = JSON.stringify(o);
    optionKeys.set(o, k);
  }
  return k;
}
function cacheFilePath(cwd, location) {
  if (!location) return path5.resolve(cwd, DEFAULT_CACHE_FILE);
  const abs = path5.resolve(cwd, location);
  let isDir = /[\\/]$/.test(location);
  try {
    isDir ||= fs4.statSync(abs).isDirectory();
  } catch {
  }
  return isDir ? path5.join(abs, DEFAULT_CACHE_FILE) : abs;
}
function runKey(bundleFile, flags) {
  let code = "";
  try {
    code = contentHash(fs4.readFileSync(bundleFile, "utf8"));
  } catch {
    code = "unknown";
  }
  return `${FORMAT}\0${code}\0${JSON.stringify(flags)}`;
}
function isStoredFinding(f) {
  const x = f;
  return !!x && typeof x === "object" && typeof x.ruleId === "string" && typeof x.severity === "string" && typeof x.message === "string" && typeof x.uri === "string" && !!x.span && Number.isInteger(x.span.start) && Number.isInteger(x.span.end) && Array.isArray(x.related) && Array.isArray(x.suggestions);
}
function isReads(r) {
  return Array.isArray(r) && r.every((x) => Array.isArray(x) && x.length === 2 && typeof x[0] === "string" && typeof x[1] === "string");
}
var LintCache = class _LintCache {
  constructor(file, key, entries) {
    this.file = file;
    this.key = key;
    this.entries = entries;
  }
  file;
  key;
  entries;
  dirty = false;
  static load(file, key) {
    const entries = /* @__PURE__ */ new Map();
    try {
      const data = JSON.parse(fs4.readFileSync(file, "utf8"));
      if (data && data.format === FORMAT && data.key === key && data.entries && typeof data.entries === "object") {
        for (const [uri, e] of Object.entries(data.entries)) {
          if (e && typeof e.hash === "string" && typeof e.options === "string" && Array.isArray(e.findings) && e.findings.every(isStoredFinding) && (e.reads === void 0 || isReads(e.reads))) entries.set(uri, e);
        }
      }
    } catch {
    }
    return new _LintCache(file, key, entries);
  }
  get(uri) {
    const e = this.entries.get(uri);
    if (e && !this.restored.has(e)) {
      e.findings = e.findings.map((f) => f.docsUrl === void 0 ? { ...f, docsUrl: docsUrlFor(f.ruleId), legalSource: f.legalSource ?? RULE_META.get(f.ruleId)?.legalSource ?? "" } : f);
      this.restored.add(e);
    }
    return e;
  }
  restored = /* @__PURE__ */ new WeakSet();
  set(uri, entry2) {
    this.restored.add(entry2);
    this.entries.set(uri, entry2);
    this.dirty = true;
  }
  /** An entry as stored: without what each finding's rule gives (legal source, docs address). */
  static compact(e) {
    const findings = e.findings.map((f) => {
      if (f.docsUrl !== docsUrlFor(f.ruleId) || f.legalSource !== (RULE_META.get(f.ruleId)?.legalSource ?? "")) return f;
      const { docsUrl: _d, legalSource: _l, ...rest } = f;
      return rest;
    });
    return { ...e, findings };
  }
  /** Write the cache (temporary file + rename). Returns a reason when it could not be written. */
  save() {
    if (!this.dirty && fs4.existsSync(this.file)) return void 0;
    const entries = {};
    for (const [uri, e] of this.entries) entries[uri] = this.restored.has(e) ? _LintCache.compact(e) : e;
    const data = { format: FORMAT, key: this.key, entries };
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      fs4.mkdirSync(path5.dirname(this.file), { recursive: true });
      fs4.writeFileSync(tmp, JSON.stringify(data));
      fs4.renameSync(tmp, this.file);
      return void 0;
    } catch (e) {
      try {
        fs4.rmSync(tmp, { force: true });
      } catch {
      }
      return e.code ?? String(e);
    }
  }
};
function recordingReader(read) {
  const reads = /* @__PURE__ */ new Map();
  const readScript = (fromUri, rel) => {
    const r = read(fromUri, rel);
    const key = readKey(r);
    const list = reads.get(fromUri) ?? [];
    if (!list.some(([p]) => p === rel)) list.push([rel, key]);
    reads.set(fromUri, list);
    return r;
  };
  return { readScript, reads };
}

// server/src/cli/cached-lint.ts
async function lintWithCache({ cache: cache3, sources, host, lint: lint2, finishOptions }) {
  const read = host.readScript;
  const kept = /* @__PURE__ */ new Map();
  const todo = [];
  for (const s of sources) {
    if (!isPolicyUri(s.uri)) continue;
    const e = cache3.get(s.uri);
    const fresh2 = e && e.reads && e.hash === contentHash(s.text) && e.options === optionsKey(host.options(s.uri)) && e.reads.every(([rel, k]) => readKey(read(s.uri, rel)) === k);
    if (fresh2) kept.set(s.uri, e.findings);
    else todo.push(s);
  }
  const scriptTexts = /* @__PURE__ */ new Map();
  for (const s of sources) if (isScriptUri(s.uri)) scriptTexts.set(s.uri, s.text);
  for (const uri of kept.keys()) {
    for (const [rel] of cache3.get(uri)?.reads ?? []) {
      const r = read(uri, rel);
      if (r.ok && isScriptUri(r.uri) && !scriptTexts.has(r.uri)) scriptTexts.set(r.uri, r.text);
    }
  }
  const keptScripts = /* @__PURE__ */ new Map();
  for (const [uri, text] of scriptTexts) {
    const e = cache3.get(uri);
    if (e && !e.reads && e.hash === contentHash(text) && e.options === optionsKey(host.options(uri))) keptScripts.set(uri, e.findings);
    else todo.push({ uri, text });
  }
  const empty = { units: /* @__PURE__ */ new Map(), texts: /* @__PURE__ */ new Map(), dependencies: /* @__PURE__ */ new Map(), internalErrors: 0, reads: /* @__PURE__ */ new Map() };
  const fresh = todo.length > 0 ? await lint2(todo) : empty;
  for (const [uri, findings] of fresh.units) {
    if (findings.some((f) => f.ruleId === INTERNAL_ERROR)) continue;
    const text = fresh.texts.get(uri);
    if (text === void 0) continue;
    cache3.set(uri, { hash: contentHash(text), options: optionsKey(host.options(uri)), reads: isPolicyUri(uri) ? fresh.reads.get(uri) ?? [] : void 0, findings });
  }
  const units = [];
  for (const s of sources) if (isPolicyUri(s.uri)) units.push(kept.get(s.uri) ?? fresh.units.get(s.uri) ?? []);
  const scriptUnits = new Map(keptScripts);
  for (const [uri, f] of fresh.units) if (!isPolicyUri(uri)) scriptUnits.set(uri, f);
  for (const u of scriptUnits.values()) units.push(u);
  const texts = new Map(sources.map((s) => [s.uri, s.text]));
  for (const [u, t] of scriptTexts) texts.set(u, t);
  for (const [u, t] of fresh.texts) texts.set(u, t);
  const dependencies = new Map(fresh.dependencies);
  for (const uri of kept.keys()) {
    const deps = (cache3.get(uri)?.reads ?? []).map(([rel]) => read(uri, rel).uri);
    if (deps.length) dependencies.set(uri, [...new Set(deps)]);
  }
  return { findings: finishLint(units, texts, finishOptions ?? ((u) => host.options(u))), texts, dependencies, internalErrors: fresh.internalErrors, reused: kept.size + keptScripts.size };
}

// server/src/core/project/graph.ts
var ProjectGraph = class _ProjectGraph {
  reads = /* @__PURE__ */ new Map();
  /** Script → the policies that read it; rebuilt lazily when `reads` changes. */
  readers;
  /** Record what a policy read; says whether that changed. */
  setReads(policy, scripts) {
    const before = this.reads.get(policy);
    if (before && before.size === new Set(scripts).size && scripts.every((s) => before.has(s))) return false;
    this.reads.set(policy, new Set(scripts));
    this.readers = void 0;
    return true;
  }
  /** Forget a policy (gone, excluded or disabled). */
  drop(policy) {
    if (this.reads.delete(policy)) this.readers = void 0;
  }
  /** The scripts a policy read. */
  readsOf(policy) {
    return [...this.reads.get(policy) ?? []];
  }
  /** The policies that read a script. */
  readersOf(script) {
    if (!this.readers) {
      this.readers = /* @__PURE__ */ new Map();
      for (const [p, ss] of this.reads) for (const s of ss) {
        const list = this.readers.get(s) ?? [];
        list.push(p);
        this.readers.set(s, list);
      }
    }
    return [...this.readers.get(script) ?? []];
  }
  /** The files whose findings change when a file disappears: a script's readers, a policy's scripts. */
  affectedByRemoval(uri) {
    if (isScriptUri(uri)) return this.readersOf(uri);
    if (isPolicyUri(uri)) return this.readsOf(uri);
    return [];
  }
  /** The closed group of files a change to the seeds affects. */
  group(seeds) {
    const policies = /* @__PURE__ */ new Set();
    const scripts = /* @__PURE__ */ new Set();
    const todo = [];
    const add = (u) => {
      if (isPolicyUri(u) && !policies.has(u)) {
        policies.add(u);
        todo.push(u);
      } else if (isScriptUri(u) && !scripts.has(u)) {
        scripts.add(u);
        todo.push(u);
      }
    };
    for (const s of seeds) add(s);
    while (todo.length) {
      const u = todo.pop();
      for (const next of isPolicyUri(u) ? this.readsOf(u) : this.readersOf(u)) add(next);
    }
    return { policies, scripts };
  }
  /** Every recorded policy → scripts pair (from a lint result's `dependencies`). */
  static from(dependencies) {
    const g = new _ProjectGraph();
    for (const [p, ss] of dependencies) g.setReads(p, ss);
    return g;
  }
};

// server/src/cli/fix.ts
function fixTexts(result, sources, host, contextOnly = /* @__PURE__ */ new Set()) {
  const graph = ProjectGraph.from(result.dependencies);
  const given = new Map(sources.map((s) => [s.uri, s.text]));
  const withFixes = new Set(result.findings.filter((f) => f.fix).map((f) => f.uri));
  const changed = /* @__PURE__ */ new Map();
  for (const [uri, original] of result.texts) {
    if (!withFixes.has(uri) || contextOnly.has(uri)) continue;
    const g = graph.group([uri]);
    const members = [...g.policies, ...g.scripts].filter((u) => given.has(u) && u !== uri);
    const lintWith = (text) => lint({ files: [...members.map((u) => ({ uri: u, text: given.get(u) })), { uri, text }], options: (u) => host.options(u), readScript: host.readScript }).findings;
    const fixed = fixToFixedPoint(uri, original, lintWith);
    if (fixed.text !== original) changed.set(uri, fixed.text);
  }
  return changed;
}

// server/src/cli/report.ts
function formatReport(format2, r) {
  const indexes = /* @__PURE__ */ new Map();
  const lineIndex = (uri) => {
    let idx = indexes.get(uri);
    if (!idx) {
      idx = new LineIndex(r.texts.get(uri) ?? "");
      indexes.set(uri, idx);
    }
    return idx;
  };
  const withFindings = new Set(r.findings.map((f) => f.uri));
  const files = r.files.filter((u) => r.texts.has(u) || withFindings.has(u));
  const input2 = (findings, only) => ({ findings, files: only, lineIndex, rules: r.rules, version: r.version, color: r.color, sarifCategory: r.sarifCategory });
  try {
    return { text: format2(input2(r.findings, files)), findings: r.findings };
  } catch {
    const byFile = /* @__PURE__ */ new Map();
    for (const f of r.findings) {
      const list = byFile.get(f.uri) ?? [];
      list.push(f);
      byFile.set(f.uri, list);
    }
    const kept = [];
    for (const [uri, list] of byFile) {
      try {
        format2(input2(list, [uri]));
        for (const f of list) kept.push(f);
      } catch (e) {
        kept.push(fileFailure(uri, e));
      }
    }
    return { text: format2(input2(kept, files)), findings: kept };
  }
}

// server/src/cli/print-config.ts
var fs6 = __toESM(require("node:fs"));
var path7 = __toESM(require("node:path"));

// server/src/cli/sources.ts
var fs5 = __toESM(require("node:fs"));
var path6 = __toESM(require("node:path"));
var ExitError = class extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
  code;
};
function hasGlob(p) {
  return /[*?{]/.test(p);
}
function rootsOf(cwd, paths) {
  return [cwd, ...(paths.length ? paths : ["."]).map((p) => {
    const a = path6.resolve(cwd, p);
    try {
      return fs5.statSync(a).isDirectory() ? a : path6.dirname(a);
    } catch {
      return path6.dirname(a);
    }
  })];
}
function expand(paths, cwd, host) {
  const files = /* @__PURE__ */ new Map();
  const add = (abs) => files.set(abs, host.uriOf(abs));
  for (const p of paths.length ? paths : ["."]) {
    const abs = path6.resolve(cwd, p);
    if (hasGlob(p) && !fs5.existsSync(abs)) {
      const base = p.split("/").findIndex((s) => hasGlob(s));
      const root = path6.resolve(cwd, p.split("/").slice(0, Math.max(0, base)).join("/") || ".");
      const found = host.find(root).filter((f) => matchesAny(host.uriOf(f), [p.replace(/^\.\//, "")]));
      if (found.length === 0) throw new ExitError(`reclint: no files match \`${p}\``, 2);
      found.forEach(add);
      continue;
    }
    let st;
    try {
      st = fs5.statSync(abs);
    } catch {
      throw new ExitError(`reclint: no such file or directory: ${p}`, 2);
    }
    if (st.isDirectory()) host.find(abs).forEach(add);
    else add(abs);
  }
  return files;
}
function readSources(paths, cwd, host, warn) {
  const files = expand(paths, cwd, host);
  const named = new Set(paths.map((p) => path6.resolve(cwd, p)));
  const out = { files, sources: [], preFindings: [], texts: /* @__PURE__ */ new Map(), configProblems: /* @__PURE__ */ new Map() };
  for (const [abs, uri] of files) {
    for (const c of host.configFor(abs).files) if (c.problems.length) out.configProblems.set(c.file, c);
    const kind = isScriptUri(abs) ? "script" : "policy";
    const r = readTextFile(abs, host.maxSize);
    if (!r.ok) {
      if (r.reason === "too-large") {
        out.preFindings.push(fileFinding(uri, `This file is over the size limit (${r.detail}); reclint did not parse it. Raise \`--max-file-size\` to lint it.`, kind));
        continue;
      }
      if (named.has(abs)) throw new ExitError(`reclint: cannot read ${uri}: ${r.detail ?? r.reason}`, 2);
      out.preFindings.push(fileFinding(uri, `This file cannot be read (${r.detail ?? r.reason}); reclint skipped it.`, kind));
      continue;
    }
    if (!isPolicyUri(abs) && !isScriptUri(abs) && !/\.(ya?ml|json)$/i.test(abs)) {
      warn(`reclint: skipped ${uri}: not a recording policy (*.recording-policy.{yaml,yml,json}) or an .ivr script
`);
      continue;
    }
    out.texts.set(uri, r.text);
    if (r.invalidUtf8 || r.text.includes("\0")) {
      const at = r.invalidUtf8 ? Math.max(0, r.text.indexOf("\uFFFD")) : r.text.indexOf("\0");
      out.preFindings.push({ ...fileFinding(uri, r.invalidUtf8 ? "This file is not valid UTF-8 text (a binary file?); reclint reads UTF-8 only." : "This file holds a NUL byte; it is not a text file. Remove the byte or the file.", kind), span: { start: at, end: at + 1 } });
      continue;
    }
    out.sources.push({ uri, text: r.text });
  }
  return out;
}
function fileFinding(uri, message, kind) {
  const ruleId = kind === "script" ? "ivr-syntax" : "yaml-syntax";
  return { ruleId, severity: "error", message, uri, span: { start: 0, end: 0 }, legalSource: "", docsUrl: docsUrlFor(ruleId), related: [], suggestions: [] };
}
function stdinSources(abs, uri, text, host) {
  const out = { files: /* @__PURE__ */ new Map([[abs, uri]]), sources: [], preFindings: [], texts: /* @__PURE__ */ new Map([[uri, text]]), configProblems: /* @__PURE__ */ new Map() };
  for (const c of host.configFor(abs).files) if (c.problems.length) out.configProblems.set(c.file, c);
  if (text.includes("\0")) out.preFindings.push({ ...fileFinding(uri, "The input holds a NUL byte; it is not text.", isScriptUri(abs) ? "script" : "policy"), span: { start: text.indexOf("\0"), end: text.indexOf("\0") + 1 } });
  else out.sources.push({ uri, text });
  return out;
}

// server/src/cli/print-config.ts
function printConfig(file, cwd, host) {
  const abs = path7.resolve(cwd, file);
  let st;
  try {
    st = fs6.statSync(abs);
  } catch {
    throw new ExitError(`reclint: no such file: ${file}`, 2);
  }
  if (st.isDirectory()) throw new ExitError(`reclint: --print-config takes a file (a policy or a script), not a folder: ${file}`, 2);
  const uri = host.uriOf(abs);
  const layers = host.layers(uri);
  const over = host.params.over ?? {};
  const rules = {};
  for (const r of RULES) rules[r.meta.id] = { severity: r.meta.defaultSeverity, from: "default" };
  let jurisdiction = null;
  let max = { value: DEFAULT_MAX_FINDINGS_PER_FILE, from: "default" };
  const phrases = {};
  for (const l of layers) {
    for (const [id, s] of Object.entries(l.config.rules ?? {})) rules[id] = { severity: s, from: l.from };
    if (l.config.jurisdiction !== void 0) jurisdiction = { value: l.config.jurisdiction, from: l.from };
    if (l.config.max_findings_per_file !== void 0) max = { value: l.config.max_findings_per_file, from: l.from };
    for (const [lang, byId] of Object.entries(l.config.phrases ?? {})) for (const [id, list] of Object.entries(byId)) {
      const at = (phrases[lang] ??= {})[id] ??= [];
      for (const phrase of list) at.push({ phrase, from: l.from });
    }
  }
  for (const [id, s] of Object.entries(over.rules ?? {})) rules[id] = { severity: s, from: "the command line (--rule)" };
  if (over.maxFindingsPerFile !== void 0) max = { value: over.maxFindingsPerFile, from: "the command line (--max-findings-per-file)" };
  const forced = over.jurisdiction ? { value: over.jurisdiction, from: "the command line (--jurisdiction), over the policy's own" } : void 0;
  const out = {
    file: uri,
    linted: (isPolicyUri(abs) || isScriptUri(abs)) && !host.excluded(abs),
    configs: host.configFor(abs).files.map((c) => ({ file: host.uriOf(c.file), extends: c.bases.map((b) => b.name), problems: c.problems.map((p) => p.message) })),
    jurisdiction: forced ?? jurisdiction ?? { value: null, from: "default (each policy's own, else the EU-wide profile)" },
    max_findings_per_file: max,
    rules,
    phrases
  };
  return `${JSON.stringify(out, null, 2)}
`;
}

// server/src/cli/suppressions.ts
var fs7 = __toESM(require("node:fs"));
var path8 = __toESM(require("node:path"));

// server/src/core/baseline.ts
var BASELINE_FILE = "reclint-suppressions.json";
var UNSAFE = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
var table = () => /* @__PURE__ */ Object.create(null);
function parseBaseline(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { baseline: {}, problem: `it is not JSON (${e.message})` };
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) return { baseline: {}, problem: "it is not a JSON object of files" };
  const out = table();
  for (const [file, rules] of Object.entries(data)) {
    if (UNSAFE.has(file) || !rules || typeof rules !== "object") continue;
    for (const [rule, v] of Object.entries(rules)) {
      const count = v?.count;
      if (!UNSAFE.has(rule) && typeof count === "number" && Number.isInteger(count) && count > 0) (out[file] ??= table())[rule] = { count };
    }
  }
  return { baseline: out };
}
function formatBaseline(b) {
  const sorted = table();
  for (const file of Object.keys(b).sort()) {
    const rules = Object.keys(b[file]).sort();
    if (rules.length === 0) continue;
    sorted[file] = table();
    for (const r of rules) sorted[file][r] = { count: b[file][r].count };
  }
  return `${JSON.stringify(sorted, null, 2)}
`;
}
function applyBaseline(findings, b, keyOf, linted = /* @__PURE__ */ new Set()) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const k = `${keyOf(f.uri)}\0${f.ruleId}`;
    const list = groups.get(k) ?? [];
    list.push(f);
    groups.set(k, list);
  }
  const out = [];
  let suppressed2 = 0;
  const seen = /* @__PURE__ */ new Set();
  for (const [k, list] of groups) {
    const [file, rule] = k.split("\0");
    seen.add(k);
    const count = b[file]?.[rule]?.count ?? 0;
    if (list.length <= count) suppressed2 += list.length;
    else for (const f of list) out.push(f);
  }
  const stale = [];
  for (const [file, rules] of Object.entries(b)) for (const [rule, { count }] of Object.entries(rules)) {
    if (!linted.has(file)) continue;
    const found = groups.get(`${file}\0${rule}`)?.length ?? 0;
    if (found < count) stale.push([file, rule, count, found]);
  }
  const keep = new Set(out);
  return { findings: findings.filter((f) => keep.has(f)), suppressed: suppressed2, stale };
}
function updateBaseline(findings, previous, keyOf, what, linted = /* @__PURE__ */ new Set()) {
  const counts = table();
  for (const f of findings) {
    const file = keyOf(f.uri);
    const at = (counts[file] ??= table())[f.ruleId] ??= { count: 0 };
    at.count++;
  }
  const next = table();
  for (const [file, rules] of Object.entries(previous)) for (const [rule, v] of Object.entries(rules)) (next[file] ??= table())[rule] = { count: v.count };
  if ("prune" in what) {
    for (const [file, rules] of Object.entries(next)) for (const rule of Object.keys(rules)) {
      if (!linted.has(file)) continue;
      const found = counts[file]?.[rule]?.count ?? 0;
      if (found === 0) delete rules[rule];
      else rules[rule] = { count: Math.min(rules[rule].count, found) };
    }
    return next;
  }
  for (const [file, rules] of Object.entries(counts)) for (const [rule, v] of Object.entries(rules)) {
    if (what.rules !== "all" && !what.rules.includes(rule)) continue;
    (next[file] ??= table())[rule] = { count: v.count };
  }
  return next;
}

// server/src/cli/suppressions.ts
function applySuppressionFile(opts, cwd, findings, absOf, lintedUris) {
  const file = path8.resolve(cwd, opts.suppressionsLocation ?? BASELINE_FILE);
  const base = path8.dirname(file);
  const keyOf = (uri) => toDisplay(absOf(uri) ?? path8.resolve(cwd, uri), base);
  let previous = {};
  const r = readTextFile(file);
  if (r.ok) {
    const parsed = parseBaseline(r.text);
    if (parsed.problem) throw new ExitError(`reclint: cannot use ${toDisplay(file, cwd)}: ${parsed.problem}`, 2);
    previous = parsed.baseline;
  } else if (r.reason !== "not-found") {
    throw new ExitError(`reclint: cannot read ${toDisplay(file, cwd)}: ${r.detail ?? r.reason}`, 2);
  } else if (opts.suppressionsLocation && !opts.suppressAll && !opts.suppressRules.length && !opts.pruneSuppressions) {
    throw new ExitError(`reclint: no such suppressions file: ${opts.suppressionsLocation}`, 2);
  }
  const notes = [];
  const linted = new Set(lintedUris.map(keyOf));
  const writing = opts.suppressAll || opts.suppressRules.length > 0 || opts.pruneSuppressions;
  let baseline = previous;
  if (writing) {
    baseline = opts.pruneSuppressions ? updateBaseline(findings, previous, keyOf, { prune: true }, linted) : updateBaseline(findings, previous, keyOf, { rules: opts.suppressAll ? "all" : opts.suppressRules });
    try {
      fs7.writeFileSync(file, formatBaseline(baseline));
    } catch (e) {
      throw new ExitError(`reclint: cannot write ${toDisplay(file, cwd)}: ${e.code ?? String(e)}`, 2);
    }
    notes.push(`reclint: wrote ${toDisplay(file, cwd)}`);
  }
  const applied = applyBaseline(findings, baseline, keyOf, linted);
  if (applied.stale.length && !opts.pruneSuppressions) {
    notes.push(`reclint: ${applied.stale.length} entr${applied.stale.length === 1 ? "y" : "ies"} of ${toDisplay(file, cwd)} count${applied.stale.length === 1 ? "s" : ""} more findings than there are now (some were fixed); run with --prune-suppressions to lower ${applied.stale.length === 1 ? "it" : "them"}`);
  }
  return { findings: applied.findings, suppressed: applied.suppressed, notes };
}

// server/src/cli/script-policies.ts
var fs8 = __toESM(require("node:fs"));
var path9 = __toESM(require("node:path"));
function searchRootOf(abs, host, cwd) {
  let git;
  for (let d = path9.dirname(abs), i = 0; i < 128; i++) {
    if (fs8.existsSync(path9.join(d, ".git"))) {
      git = d;
      break;
    }
    const up = path9.dirname(d);
    if (up === d) break;
    d = up;
  }
  const configs = host.params.config.kind === "search" ? host.configFor(abs).files.map((c) => path9.dirname(c.file)) : [];
  const inside = git ? configs.filter((d) => d === git || d.startsWith(git + path9.sep)) : configs;
  return inside[0] ?? git ?? cwd;
}
function policiesOfScripts(named, sources, host, cwd) {
  const scripts = named.filter((s) => isScriptUri(s.uri));
  if (scripts.length === 0) return { policies: [], unnamed: [] };
  const inRun = new Set(sources.map((s) => s.uri));
  const candidates = /* @__PURE__ */ new Map();
  const byRoot = /* @__PURE__ */ new Map();
  for (const s of scripts) {
    const abs = host.absOf(s.uri);
    if (!abs) continue;
    const root = searchRootOf(abs, host, cwd);
    (byRoot.get(root) ?? byRoot.set(root, /* @__PURE__ */ new Set()).get(root)).add(path9.basename(abs));
  }
  for (const [root, bases] of byRoot) {
    for (const p of host.find(root)) {
      const uri = host.uriOf(p);
      if (!isPolicyUri(p) || inRun.has(uri) || candidates.has(uri)) continue;
      const r = readTextFile(p, host.maxSize);
      if (!r.ok || r.invalidUtf8) continue;
      for (const b of bases) if (r.text.includes(b)) {
        candidates.set(uri, { uri, text: r.text });
        break;
      }
    }
  }
  const all = [...sources.filter((s) => isPolicyUri(s.uri)), ...candidates.values()];
  const deps = lintUnits({ files: all, options: (u) => host.options(u), readScript: host.readScript }).dependencies;
  const readers = /* @__PURE__ */ new Map();
  for (const [p, ss] of deps) for (const s of ss) {
    const set2 = readers.get(s) ?? /* @__PURE__ */ new Set();
    set2.add(p);
    readers.set(s, set2);
  }
  const wanted = /* @__PURE__ */ new Set();
  for (const s of scripts) for (const p of readers.get(s.uri) ?? []) if (candidates.has(p)) wanted.add(p);
  return {
    policies: [...candidates.values()].filter((c) => wanted.has(c.uri)),
    unnamed: scripts.filter((s) => !readers.get(s.uri)?.size).map((s) => s.uri)
  };
}

// server/src/cli/parallel.ts
var import_node_os = require("node:os");
var import_node_worker_threads = require("node:worker_threads");
var PARALLEL_THRESHOLD = 1e3;
var PARALLEL_MIN_CPUS = 4;
function workerCount(files, cpus = (0, import_node_os.availableParallelism)()) {
  if (files < PARALLEL_THRESHOLD || cpus < PARALLEL_MIN_CPUS) return 1;
  return Math.max(1, Math.min(cpus, Math.ceil(files / 250)));
}
function lintHere(host, files, record) {
  const rec = record ? recordingReader(host.readScript) : void 0;
  const u = lintUnits({ files, options: (uri) => host.options(uri), readScript: rec?.readScript ?? host.readScript });
  return { ...u, reads: rec?.reads ?? /* @__PURE__ */ new Map() };
}
function runJob(job) {
  const host = new ProjectHost(job.params);
  const r = lintHere(host, job.files, job.record);
  const own = new Set(job.files.map((f) => f.uri));
  return { units: [...r.units], texts: [...r.texts].filter(([u]) => !own.has(u)), dependencies: [...r.dependencies], internalErrors: r.internalErrors, reads: [...r.reads] };
}
async function lintParallel(params, files, workers, entry2, record = false) {
  const chunks = Array.from({ length: workers }, () => ({ params, files: [], record }));
  let i = 0;
  for (const f of files) {
    if (/\.ivr$/i.test(f.uri)) chunks[0].files.push(f);
    else chunks[i++ % workers].files.push(f);
  }
  const replies = await Promise.all(
    chunks.map(
      (job) => new Promise((resolve11, reject) => {
        const w = new import_node_worker_threads.Worker(entry2, { workerData: { reclintLintJob: job } });
        w.once("message", (m) => resolve11(m));
        w.once("error", reject);
        w.once("exit", (code) => {
          if (code !== 0) reject(new Error(`a lint worker stopped with code ${code}`));
        });
      })
    )
  );
  const byUri = /* @__PURE__ */ new Map();
  const texts = new Map(files.map((f) => [f.uri, f.text]));
  const dependencies = /* @__PURE__ */ new Map();
  const reads = /* @__PURE__ */ new Map();
  let internalErrors = 0;
  for (const r of replies) {
    for (const [u, f] of r.units) if (!byUri.has(u)) byUri.set(u, f);
    for (const [u, t] of r.texts) texts.set(u, t);
    for (const [u, d] of r.dependencies) dependencies.set(u, d);
    for (const [u, d] of r.reads) reads.set(u, d);
    internalErrors += r.internalErrors;
  }
  const units = /* @__PURE__ */ new Map();
  for (const f of files) if (byUri.has(f.uri) && !/\.ivr$/i.test(f.uri)) units.set(f.uri, byUri.get(f.uri));
  for (const [u, f] of byUri) if (!units.has(u)) units.set(u, f);
  return { units, texts, dependencies, internalErrors, reads };
}
function serveWorker() {
  if (import_node_worker_threads.isMainThread || !import_node_worker_threads.parentPort) return false;
  const data = import_node_worker_threads.workerData;
  if (!data?.reclintLintJob) return false;
  import_node_worker_threads.parentPort.postMessage(runJob(data.reclintLintJob));
  return true;
}

// server/src/cli/purposes.ts
var PURPOSES_USAGE = [
  'Usage: reclint purposes --lang <nl|en|de|fr> [--format json|text] [--] "<notice text>"',
  "",
  "Shows what a spoken recording notice announces: whether it says the call is recorded (or",
  "that it is not), the purposes it names, and which phrases are vague.",
  "",
  "Options:",
  "  --lang <code>      language of the notice: " + NOTICE_LANGS.join(", "),
  "  --format <f>       text (default, for a person) or json (one line)",
  "  -h, --help         show this help",
  "",
  'Use "-" as the text to read the notice from standard input.',
  'JSON: {"lang","records","denies","vague","purposes":[{"id","text","start","end","vague"}]}',
  "(start/end are UTF-16 offsets into the text, end exclusive)."
].join("\n");
async function runPurposes(args, io) {
  let lang;
  let format2 = "text";
  const positional = [];
  for (let i = 0; i < args.length; i++) {
    const a2 = args[i];
    if (a2 === "--") {
      for (const a3 of args.slice(i + 1)) positional.push(a3);
      break;
    }
    if (a2 === "-h" || a2 === "--help") {
      io.out(PURPOSES_USAGE);
      return 0;
    }
    const eq = /^--(lang|format)=(.*)$/.exec(a2);
    if (eq) {
      if (eq[1] === "lang") lang = eq[2];
      else {
        const f = parseFormat(eq[2]);
        if (!f) return bad(io, `reclint purposes: unknown --format "${eq[2]}" (use json or text)`);
        format2 = f;
      }
      continue;
    }
    if (a2 === "--lang" || a2 === "--format") {
      const v = args[i + 1];
      if (v === void 0) return bad(io, `reclint purposes: ${a2} needs a value`);
      i++;
      if (a2 === "--lang") lang = v;
      else {
        const f = parseFormat(v);
        if (!f) return bad(io, `reclint purposes: unknown --format "${v}" (use json or text)`);
        format2 = f;
      }
      continue;
    }
    if (a2.startsWith("-") && a2 !== "-") return bad(io, `reclint purposes: unknown option "${a2}" (see reclint purposes --help)`);
    positional.push(a2);
  }
  if (lang === void 0) return bad(io, `reclint purposes: --lang is required (supported: ${NOTICE_LANGS.join(", ")})`);
  const code = lang.trim().toLowerCase();
  if (!isNoticeLang(code)) return bad(io, `reclint purposes: unsupported language "${lang}" (supported: ${NOTICE_LANGS.join(", ")})`);
  if (positional.length === 0) return bad(io, 'reclint purposes: missing notice text (give it as an argument, or "-" to read standard input)');
  if (positional.length > 1) return bad(io, "reclint purposes: give the notice text as one argument (quote it)");
  let text = positional[0];
  if (text === "-") {
    text = await io.readStdin();
    text = text.replace(/\r?\n$/, "");
  }
  if (text.trim().length === 0) return bad(io, "reclint purposes: missing notice text (the text is empty)");
  const a = analyseNotice(text, code);
  if (format2 === "json") io.out(toJson(a));
  else io.out(toText(text, a, io.color));
  return 0;
}
function parseFormat(s) {
  return s === "json" || s === "text" ? s : void 0;
}
function bad(io, msg) {
  io.err(msg);
  return 2;
}
function toJson(a) {
  return JSON.stringify({
    lang: a.lang,
    records: a.records,
    denies: a.denies,
    vague: a.vague,
    purposes: a.purposes.map((p) => ({ id: p.id, text: p.text, start: p.start, end: p.end, vague: p.vague }))
  });
}
var ESC = String.fromCharCode(27);
var paint = (on, code, s) => on ? `${ESC}[${code}m${s}${ESC}[0m` : s;
function columns(s) {
  let n = 0;
  for (const ch of s) n += ch.length > 0 ? 1 : 0;
  return n;
}
function toText(text, a, color) {
  const out = [];
  const state = a.denies ? paint(color, "33", "denies recording") : a.records ? paint(color, "32", "records") : paint(color, "2", "does not mention recording");
  out.push(`${state}  (records: ${a.records}, denies: ${a.denies}, vague: ${a.vague}, lang: ${a.lang})`);
  if (a.purposes.length === 0) {
    out.push(a.records ? "no purposes named" : "no purposes");
  }
  for (const p of a.purposes) {
    const lineStart2 = Math.max(text.lastIndexOf("\n", p.start - 1) + 1, 0);
    let lineEnd2 = text.indexOf("\n", p.start);
    if (lineEnd2 < 0) lineEnd2 = text.length;
    const line = text.slice(lineStart2, lineEnd2).replace(/\r$/, "");
    const before = text.slice(lineStart2, p.start);
    const lead = Array.from(before, (ch) => ch === "	" ? "	" : " ").join("");
    const width = Math.max(1, columns(text.slice(p.start, Math.min(p.end, lineEnd2))));
    const desc = isPurposeId(p.id) ? ` \u2014 ${PURPOSE_DESCRIPTIONS[p.id]}` : "";
    const label = `${paint(color, "1", p.id)}${p.vague ? " " + paint(color, "33", "(vague)") : ""}${desc}`;
    out.push("");
    out.push(`  ${line}`);
    out.push(`  ${lead}${paint(color, "36", "^".repeat(width))} ${label}`);
  }
  const unnamed = a.vaguePhrases.filter((v) => v.id === void 0);
  for (const v of unnamed) {
    out.push("");
    out.push(`  vague phrase naming no purpose: "${v.text}" at ${v.start}-${v.end}`);
  }
  return out.join("\n");
}

// server/src/cli/main.ts
var VERSION = typeof RECLINT_VERSION === "string" ? RECLINT_VERSION : "0.1.0";
async function main(argv, io) {
  if (argv[0] === "purposes") {
    return runPurposes(argv.slice(1), { readStdin: io.readStdin, out: io.out, err: io.err, color: io.isTTY && !io.env.NO_COLOR });
  }
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`reclint: ${e.message}
`);
      return 2;
    }
    throw e;
  }
  if (opts.help) {
    io.out(helpText(VERSION));
    return 0;
  }
  if (opts.version) {
    io.out(`${VERSION}
`);
    return 0;
  }
  try {
    return await run(opts, io);
  } catch (e) {
    if (e instanceof ExitError) {
      io.err(`${e.message}
`);
      return e.code;
    }
    io.err(`reclint: internal error: ${e?.message ?? String(e)}${opts.debug ? `
${e?.stack ?? ""}` : " (run with --debug for details)"}
`);
    return 2;
  }
}
async function run(opts, io) {
  const color = opts.color ?? (io.isTTY && !io.env.NO_COLOR && io.env.TERM !== "dumb");
  const configFile = opts.config ? path10.resolve(io.cwd, opts.config) : void 0;
  if (configFile && !fs9.existsSync(configFile)) throw new ExitError(`reclint: config file not found: ${opts.config}`, 2);
  const stdinPath = opts.stdin ? path10.resolve(io.cwd, opts.stdinFilename ?? "stdin.recording-policy.yaml") : void 0;
  const stdinText = opts.stdin ? await io.readStdin() : void 0;
  const params = {
    roots: rootsOf(io.cwd, stdinPath ? [stdinPath] : opts.paths),
    config: opts.noConfig ? { kind: "none" } : configFile ? { kind: "file", file: configFile } : { kind: "search" },
    maxSize: opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    over: { rules: opts.rules, jurisdiction: opts.jurisdiction, maxFindingsPerFile: opts.maxFindingsPerFile },
    uris: { kind: "relative", cwd: io.cwd }
  };
  if (opts.printConfig !== void 0) {
    io.out(printConfig(opts.printConfig, io.cwd, new ProjectHost({ ...params, roots: rootsOf(io.cwd, [opts.printConfig]) })));
    return 0;
  }
  const stdinUri = stdinPath ? toDisplay(stdinPath, io.cwd) : void 0;
  const host = new ProjectHost(params, stdinUri ? { overlay: (u) => u === stdinUri ? stdinText : void 0 } : {});
  const { files, sources, preFindings, texts: readText, configProblems } = stdinPath && stdinUri ? stdinSources(stdinPath, stdinUri, stdinText ?? "", host) : readSources(opts.paths, io.cwd, host, io.err);
  const options = (uri) => host.options(uri);
  const uncapped = (uri) => ({ ...host.options(uri), maxFindingsPerFile: Number.POSITIVE_INFINITY });
  const namedPaths = new Set(stdinPath ? [stdinPath] : opts.paths.map((p) => path10.resolve(io.cwd, p)));
  const through = policiesOfScripts(sources.filter((s) => namedPaths.has(host.absOf(s.uri) ?? "")), sources, host, io.cwd);
  for (const p of through.policies) {
    sources.push(p);
    readText.set(p.uri, p.text);
    const abs = host.absOf(p.uri);
    if (abs) files.set(abs, p.uri);
  }
  const unnamed = finishLint([through.unnamed.map((u) => scriptNotNamed2(u, readText.get(u) ?? ""))], new Map(through.unnamed.map((u) => [u, readText.get(u) ?? ""])), uncapped);
  const forced = Number(io.env.RECLINT_WORKERS);
  const fixing = opts.fix || opts.fixDryRun;
  const workersFor = (n) => fixing ? 1 : Number.isInteger(forced) && forced > 0 ? forced : workerCount(n);
  const lintUnitsOf = (srcs, record) => {
    const workers = workersFor(srcs.length);
    return workers > 1 ? lintParallel(params, srcs, workers, __filename, record) : Promise.resolve(lintHere(host, srcs, record));
  };
  let result;
  const cache3 = opts.cache && !fixing ? LintCache.load(cacheFilePath(io.cwd, opts.cacheLocation), runKey(__filename, params)) : void 0;
  if (cache3) {
    result = await lintWithCache({ cache: cache3, sources, host, finishOptions: uncapped, lint: (srcs) => lintUnitsOf(srcs, true) });
    const failed = cache3.save();
    if (failed) io.err(`reclint: could not write the cache ${toDisplay(cache3.file, io.cwd)} (${failed}); the findings are not affected
`);
  } else {
    const u = await lintUnitsOf(sources, false);
    result = { findings: finishLint(u.units.values(), u.texts, uncapped), texts: u.texts, dependencies: u.dependencies, internalErrors: u.internalErrors };
  }
  if (fixing) {
    const changed = fixTexts(result, sources, host, new Set(through.policies.map((p) => p.uri)));
    if (opts.fixDryRun) {
      for (const [uri, text] of changed) io.out(`--- ${uri} (fixed)
${text}${text.endsWith("\n") ? "" : "\n"}`);
    } else {
      for (const [uri, text] of changed) {
        const w = writeFileAtomic(host.absOf(uri) ?? path10.resolve(io.cwd, uri), text, result.texts.get(uri));
        if (!w.ok) io.err(`reclint: did not fix ${uri}: ${w.reason}
`);
        else {
          const i = sources.findIndex((s) => s.uri === uri);
          if (i >= 0) sources[i] = { uri, text };
        }
      }
      host.reset();
      result = lint({ files: sources, options: uncapped, readScript: host.readScript });
    }
  }
  let findings = [...preFindings, ...unnamed, ...result.findings];
  for (const c of configProblems.values()) {
    const uri = toDisplay(c.file, io.cwd);
    for (const p of c.problems) findings.push({ ...fileFinding(uri, p.message, "policy"), ruleId: "schema", docsUrl: docsUrlFor("schema"), span: p.span });
    readText.set(uri, c.text);
  }
  const base = applySuppressionFile(opts, io.cwd, findings, (u) => host.absOf(u), [...files.values()]);
  findings = capFindings(base.findings, options);
  for (const n of base.notes) io.err(`${n}
`);
  if (opts.quiet) findings = findings.filter((f) => f.severity === "error");
  const report = formatReport(FORMATTERS[opts.format], {
    findings,
    files: [...files.values()],
    texts: new Map([...readText, ...result.texts]),
    rules: RULES.map((r) => r.meta),
    version: VERSION,
    color: opts.outputFile ? false : color,
    sarifCategory: opts.sarifCategory
  });
  const formatted = report.text;
  findings = report.findings;
  if (opts.outputFile) {
    try {
      fs9.writeFileSync(path10.resolve(io.cwd, opts.outputFile), formatted);
    } catch (e) {
      throw new ExitError(`reclint: cannot write ${opts.outputFile}: ${e.code ?? String(e)}`, 2);
    }
  } else {
    io.out(formatted);
  }
  if (base.suppressed > 0 && opts.format === "stylish") {
    io.out(`${formatted ? "" : "\n"}  ${base.suppressed} more finding${base.suppressed === 1 ? " is" : "s are"} in the baseline (${opts.suppressionsLocation ?? "reclint-suppressions.json"}) and not shown: still breaches, to be fixed.
`);
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  if (errors > 0) return 1;
  if (opts.maxWarnings !== void 0 && warnings > opts.maxWarnings) {
    if (opts.format === "stylish") io.err(`reclint found too many warnings (maximum: ${opts.maxWarnings}).
`);
    return 1;
  }
  return 0;
}
if (!serveWorker() && void 0 === module) {
  for (const stream of [process.stdout, process.stderr]) stream.on("error", (e) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
  const io = {
    cwd: process.cwd(),
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    readStdin: () => new Promise((resolve11, reject) => {
      const chunks = [];
      process.stdin.on("data", (c) => chunks.push(c));
      process.stdin.on("end", () => resolve11(Buffer.concat(chunks).toString("utf8")));
      process.stdin.on("error", reject);
    }),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`reclint: internal error: ${e?.message ?? String(e)}
`);
      process.exitCode = 2;
    }
  );
}

// action/src/commands.ts
var import_node_crypto3 = require("node:crypto");
var escapeData2 = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var escapeProperty = (s) => escapeData2(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
function command(name, props, message) {
  const keys = ["file", "line", "col", "endLine", "endColumn", "title"];
  const list = keys.filter((k) => props[k] !== void 0).map((k) => `${k}=${escapeProperty(String(props[k]))}`);
  return `::${name}${list.length ? ` ${list.join(",")}` : ""}::${escapeData2(message)}
`;
}
function verbatim(text, token = (0, import_node_crypto3.randomUUID)()) {
  if (!text) return "";
  return `::stop-commands::${token}
${text}${text.endsWith("\n") ? "" : "\n"}::${token}::
`;
}
function outputLine(name, value, delimiter = `ghadelimiter_${(0, import_node_crypto3.randomUUID)()}`) {
  if (!/[\r\n]/.test(value)) return `${name}=${value}
`;
  return `${name}<<${delimiter}
${value}
${delimiter}
`;
}
var cell = (s) => s.replace(/\\(?=\|)/g, "\\\\").replace(/\|/g, "\\|").replace(/\r\n|\r|\n/g, "<br>");
function codeSpan(text) {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

// action/src/report.ts
var levelOf = (severity) => severity === "error" ? "error" : severity === "warning" ? "warning" : "notice";
var ANNOTATIONS_PER_STEP = 10;
function annotations(report, fileOf = (f) => f) {
  let out = "";
  const perLevel = /* @__PURE__ */ new Map();
  for (const r of report.results) {
    for (const f of r.findings) {
      const level = levelOf(f.severity);
      perLevel.set(level, (perLevel.get(level) ?? 0) + 1);
      out += command(level, { file: fileOf(r.file), line: f.line, col: f.column, endLine: f.endLine, endColumn: f.endColumn, title: f.ruleId }, f.message);
    }
  }
  const over = [...perLevel].filter(([, n]) => n > ANNOTATIONS_PER_STEP);
  if (over.length) {
    const counts = over.map(([l, n]) => `${n} ${l}s`).join(", ");
    out += command("notice", { title: "reclint" }, `${counts}: GitHub shows at most ${ANNOTATIONS_PER_STEP} annotations of each kind per step (50 per job). Every finding is listed in the job summary.`);
  }
  return out;
}
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
var SUMMARY_LIMIT = 1024 * 1024;
function summary(report, o = {}) {
  const fileOf = o.fileOf ?? ((f) => f);
  const limit = o.limit ?? SUMMARY_LIMIT - 16 * 1024;
  const s = report.summary;
  const total = report.results.reduce((n, r) => n + r.findings.length, 0);
  const counts = [plural(s.errors, "error"), plural(s.warnings, "warning"), ...s.infos ? [`${s.infos} info`] : [], ...s.hints ? [plural(s.hints, "hint")] : []];
  const head = [
    "## reclint",
    "",
    total ? `**${counts.join(", ")}** in ${plural(report.results.filter((r) => r.findings.length).length, "file")} (${plural(s.files, "file")} linted).` : `No findings in ${plural(s.files, "file")}.`,
    ...o.outcome ? ["", o.outcome] : [],
    ""
  ].join("\n");
  let out = head;
  let size = Buffer.byteLength(out);
  let listed = 0;
  const footer = (left) => `
_${plural(left, "more finding")} not listed: the job summary is limited to 1 MiB. Every finding is in the SARIF and JSON reports._
`;
  for (const r of report.results) {
    if (!r.findings.length) continue;
    const file = fileOf(r.file);
    const tableHead = `
### ${codeSpan(file)}

| Position | Severity | Rule | Message |
| --- | --- | --- | --- |
`;
    let block = tableHead;
    for (const f of r.findings) {
      const pos = `${f.line}:${f.column}`;
      const position = o.blobBase ? `[${pos}](${o.blobBase}${file.split("/").map(encodeURIComponent).join("/")}#L${f.line})` : pos;
      const rule = f.docsUrl ? `[${cell(f.ruleId)}](${f.docsUrl})` : cell(f.ruleId);
      const row = `| ${position} | ${f.severity} | ${rule} | ${cell(f.message)} |
`;
      const grow = Buffer.byteLength(row) + (block === tableHead ? Buffer.byteLength(tableHead) : 0);
      if (size + grow + 200 > limit) return out + (block === tableHead ? "" : block) + footer(total - listed);
      block += row;
      size += grow;
      listed++;
    }
    out += block;
  }
  return out;
}

// action/src/run.ts
var FORMATS = Object.keys(FORMATTERS);
var FAIL_ON = ["error", "warning", "never"];
function input(env, name, fallback = "") {
  const v = env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`];
  return v === void 0 || v.trim() === "" ? fallback : v.trim();
}
var ActionError = class extends Error {
};
async function cli(argv, io) {
  let out = "";
  let err = "";
  const cliIo = {
    cwd: io.cwd,
    out: (s) => {
      out += s;
    },
    err: (s) => {
      err += s;
    },
    readStdin: () => Promise.reject(new Error("the action does not read standard input")),
    isTTY: false,
    env: io.env
  };
  const code = await main(argv, cliIo);
  return { code, out, err };
}
async function runAction(io) {
  try {
    return await run2(io);
  } catch (e) {
    const msg = e instanceof ActionError ? e.message : `internal error: ${e?.stack ?? String(e)}`;
    io.out(command("error", { title: "reclint" }, `reclint: ${msg}`));
    return 2;
  }
}
async function run2(io) {
  const env = io.env;
  const paths = input(env, "paths", ".").split(/\r?\n/).map((p) => p.trim()).filter(Boolean);
  const config = input(env, "config");
  const format2 = input(env, "format", "stylish");
  const sarifFile = input(env, "sarif-file");
  const failOn = input(env, "fail-on", "error");
  const baseline = input(env, "baseline");
  if (!FORMATS.includes(format2)) throw new ActionError(`the input \`format\` is \`${format2}\`; use one of ${FORMATS.join(", ")}`);
  if (!FAIL_ON.includes(failOn)) throw new ActionError(`the input \`fail-on\` is \`${failOn}\`; use one of ${FAIL_ON.join(", ")}`);
  const common = [...config ? ["--config", config] : [], ...baseline ? ["--suppressions-location", baseline] : [], "--", ...paths];
  const checked = (r, what) => {
    if (r.code === 2) throw new ActionError(`${r.err.trim() || `the ${what} run failed`}`);
    if (r.err) io.out(verbatim(r.err));
    return r;
  };
  const jsonRun = checked(await cli(["--format", "json", ...common], io), "json");
  let report;
  try {
    report = JSON.parse(jsonRun.out);
  } catch (e) {
    throw new ActionError(`could not read reclint's JSON report: ${e.message}`);
  }
  if (format2 === "json") io.out(verbatim(jsonRun.out));
  let sarifText;
  if (format2 === "sarif" || sarifFile) sarifText = checked(await cli(["--format", "sarif", ...common], io), "sarif").out;
  if (format2 === "sarif") io.out(verbatim(sarifText));
  if (format2 !== "json" && format2 !== "sarif" && format2 !== "github") io.out(verbatim(checked(await cli(["--format", format2, ...common], io), format2).out));
  let sarifPath = "";
  if (sarifFile && sarifText !== void 0) {
    sarifPath = path11.resolve(io.cwd, sarifFile);
    try {
      fs10.mkdirSync(path11.dirname(sarifPath), { recursive: true });
      fs10.writeFileSync(sarifPath, sarifText);
    } catch (e) {
      throw new ActionError(`cannot write the SARIF report ${sarifFile}: ${e.code ?? String(e)}`);
    }
  }
  const workspace = env.GITHUB_WORKSPACE ? path11.resolve(env.GITHUB_WORKSPACE) : io.cwd;
  const fileOf = (file) => {
    const rel = path11.relative(workspace, path11.resolve(io.cwd, file));
    return rel && !rel.startsWith("..") && !path11.isAbsolute(rel) ? rel.split(path11.sep).join("/") : file;
  };
  io.out(annotations(report, fileOf));
  const { errors, warnings } = report.summary;
  const failed = failOn === "error" ? errors > 0 : failOn === "warning" ? errors + warnings > 0 : false;
  const outcome = `fail-on: \`${failOn}\` \u2014 ${failed ? "**failed**" : "passed"}.${sarifPath ? ` SARIF report: ${path11.relative(workspace, sarifPath).split(path11.sep).join("/") || sarifPath}.` : ""}`;
  if (env.GITHUB_STEP_SUMMARY) {
    const blobBase = env.GITHUB_REPOSITORY && env.GITHUB_SHA ? `${env.GITHUB_SERVER_URL || "https://github.com"}/${env.GITHUB_REPOSITORY}/blob/${env.GITHUB_SHA}/` : void 0;
    try {
      fs10.appendFileSync(env.GITHUB_STEP_SUMMARY, summary(report, { fileOf, blobBase, outcome }));
    } catch (e) {
      io.out(command("warning", { title: "reclint" }, `could not write the job summary: ${e.code ?? String(e)}`));
    }
  }
  if (env.GITHUB_OUTPUT) {
    try {
      fs10.appendFileSync(env.GITHUB_OUTPUT, outputLine("errors", String(errors)) + outputLine("warnings", String(warnings)) + outputLine("sarif-file", sarifPath));
    } catch (e) {
      throw new ActionError(`cannot write the step outputs: ${e.code ?? String(e)}`);
    }
  }
  io.out(`reclint: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"} (fail-on: ${failOn}) \u2014 ${failed ? "failed" : "passed"}
`);
  return failed ? 1 : 0;
}

// action/src/main.ts
if (import_node_worker_threads2.isMainThread) {
  runAction({ cwd: process.cwd(), env: process.env, out: (s) => process.stdout.write(s) }).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stdout.write(`::error::reclint: internal error: ${String(e?.message ?? e).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}
`);
      process.exitCode = 2;
    }
  );
}
