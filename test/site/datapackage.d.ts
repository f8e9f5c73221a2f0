// The part of the Frictionless Data library (`datapackage` on npm, which ships no types) that
// test/site/datapackage-client.test.ts uses.
declare module 'datapackage' {
  interface DescriptorError {
    message: string;
  }
  interface Schema {
    fieldNames: string[];
  }
  interface ReadOptions {
    keyed?: boolean;
    cast?: boolean;
    forceCast?: boolean;
    relations?: boolean;
  }
  export class Resource {
    readonly name: string;
    readonly valid: boolean;
    readonly errors: DescriptorError[];
    readonly tabular: boolean;
    /** The CSV's header row; set once the resource has been read. */
    readonly headers: string[] | null;
    readonly schema: Schema | null;
    read(options?: ReadOptions): Promise<(Record<string, unknown> | unknown[] | Error)[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: DescriptorError[];
    readonly profile: { name: string };
    readonly descriptor: Record<string, unknown>;
    readonly resources: Resource[];
    readonly resourceNames: string[];
    getResource(name: string): Resource | null;
  }
}
