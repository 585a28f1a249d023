/**
 * What a subgraph's SDL leaves undescribed. The schema is the graph's documentation: the explorer
 * shows each type's, field's, argument's and enum value's description to the people who use it,
 * so each one needs one. Federation's own definitions are not ours to describe.
 */
import { Kind, parse, type ASTNode, type DefinitionNode, type StringValueNode } from 'graphql';

/** Names federation and its link spec bring in (the subgraph SDL never defines them, but a copy might). */
const FEDERATION_NAME = /^(_Any|_Entity|_Service|_service|_entities|link__\w+|join__\w+|federation__\w+|FieldSet|link)$/;

interface Described {
  readonly description?: StringValueNode;
}

const has = (node: Described) => Boolean(node.description?.value.trim());

/** Each element of the SDL with no description, by its schema coordinate (`Type.field(arg:)`, `Enum.VALUE`). */
export function undescribed(sdl: string): string[] {
  const missing: string[] = [];
  const check = (node: Described, coordinate: string) => {
    if (!has(node)) missing.push(coordinate);
  };
  for (const def of parse(sdl).definitions as readonly (DefinitionNode & ASTNode)[]) {
    switch (def.kind) {
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.INTERFACE_TYPE_DEFINITION:
      case Kind.OBJECT_TYPE_EXTENSION:
      case Kind.INTERFACE_TYPE_EXTENSION: {
        const type = def.name.value;
        if (FEDERATION_NAME.test(type)) break;
        // An extension cannot carry a description: the type's own definition does.
        if (def.kind === Kind.OBJECT_TYPE_DEFINITION || def.kind === Kind.INTERFACE_TYPE_DEFINITION) check(def, type);
        for (const field of def.fields ?? []) {
          if (FEDERATION_NAME.test(field.name.value)) continue;
          check(field, `${type}.${field.name.value}`);
          for (const arg of field.arguments ?? []) check(arg, `${type}.${field.name.value}(${arg.name.value}:)`);
        }
        break;
      }
      case Kind.INPUT_OBJECT_TYPE_DEFINITION:
      case Kind.INPUT_OBJECT_TYPE_EXTENSION: {
        if (def.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) check(def, def.name.value);
        for (const field of def.fields ?? []) check(field, `${def.name.value}.${field.name.value}`);
        break;
      }
      case Kind.ENUM_TYPE_DEFINITION:
      case Kind.ENUM_TYPE_EXTENSION: {
        if (FEDERATION_NAME.test(def.name.value)) break;
        if (def.kind === Kind.ENUM_TYPE_DEFINITION) check(def, def.name.value);
        for (const value of def.values ?? []) check(value, `${def.name.value}.${value.name.value}`);
        break;
      }
      case Kind.SCALAR_TYPE_DEFINITION:
      case Kind.UNION_TYPE_DEFINITION:
        if (!FEDERATION_NAME.test(def.name.value)) check(def, def.name.value);
        break;
      case Kind.DIRECTIVE_DEFINITION:
        if (!FEDERATION_NAME.test(def.name.value)) {
          check(def, `@${def.name.value}`);
          for (const arg of def.arguments ?? []) check(arg, `@${def.name.value}(${arg.name.value}:)`);
        }
        break;
      default:
        break;
    }
  }
  return missing;
}
