export interface paths {
  "/environments": {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Caller-chosen identifier of the business transaction this request belongs to. PingOne
         *     records it in audit activity so a transaction can be traced across calls.
         * @example checkout-7d1c2a
         */
        "X-Ping-External-Transaction-ID"?: components["parameters"]["X-Ping-External-Transaction-ID"];
        /**
         * @description Caller-chosen identifier of the user session this request belongs to, recorded in audit
         *     activity next to the transaction ID.
         * @example session-41f09b
         */
        "X-Ping-External-Session-ID"?: components["parameters"]["X-Ping-External-Session-ID"];
      };
      path?: never;
      cookie?: never;
    };
    /**
     * List environments
     * @description Returns the environments of the organization the access token belongs to, one page at a
     *     time. Narrow the list with a `filter` on the name prefix (`name sw "..."`); no other
     *     filter operator is supported here.
     */
    get: operations["listEnvironments"];
    put?: never;
    /**
     * Create an environment
     * @description Creates an environment in the organization of the access token. `name`, `region` and
     *     `type` are required, and the name must be unique in the organization. The region cannot
     *     be changed afterwards. Requests inside a new environment can answer 403 or 404 for a
     *     short time while it is being set up.
     */
    post: operations["createEnvironment"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/environments/{environmentID}": {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Caller-chosen identifier of the business transaction this request belongs to. PingOne
         *     records it in audit activity so a transaction can be traced across calls.
         * @example checkout-7d1c2a
         */
        "X-Ping-External-Transaction-ID"?: components["parameters"]["X-Ping-External-Transaction-ID"];
        /**
         * @description Caller-chosen identifier of the user session this request belongs to, recorded in audit
         *     activity next to the transaction ID.
         * @example session-41f09b
         */
        "X-Ping-External-Session-ID"?: components["parameters"]["X-Ping-External-Session-ID"];
      };
      path: {
        /**
         * @description ID of the environment.
         * @example abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6
         */
        environmentID: components["parameters"]["environmentID"];
      };
      cookie?: never;
    };
    /**
     * Read an environment
     * @description Returns one environment with links to its sub-resources.
     */
    get: operations["readEnvironment"];
    /**
     * Replace an environment
     * @description Replaces the name, description, type, license and icon of an environment. The region is
     *     fixed at creation and is not part of this body. Changing `type` from `SANDBOX` to
     *     `PRODUCTION` promotes the environment.
     */
    put: operations["updateEnvironment"];
    post?: never;
    /**
     * Delete an environment
     * @description Deletes an environment and everything in it. A production environment is soft-deleted
     *     first: it stays readable with `status` `DELETE_PENDING` until it is purged.
     */
    delete: operations["deleteEnvironment"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/environments/{environmentID}/billOfMaterials": {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Caller-chosen identifier of the business transaction this request belongs to. PingOne
         *     records it in audit activity so a transaction can be traced across calls.
         * @example checkout-7d1c2a
         */
        "X-Ping-External-Transaction-ID"?: components["parameters"]["X-Ping-External-Transaction-ID"];
        /**
         * @description Caller-chosen identifier of the user session this request belongs to, recorded in audit
         *     activity next to the transaction ID.
         * @example session-41f09b
         */
        "X-Ping-External-Session-ID"?: components["parameters"]["X-Ping-External-Session-ID"];
      };
      path: {
        /**
         * @description ID of the environment.
         * @example abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6
         */
        environmentID: components["parameters"]["environmentID"];
      };
      cookie?: never;
    };
    /**
     * Read an environment's bill of materials
     * @description Returns the products enabled in the environment.
     */
    get: operations["readBillOfMaterials"];
    /**
     * Replace an environment's bill of materials
     * @description Sets the complete list of products of the environment: products not in the list are
     *     removed, new ones are added.
     */
    put: operations["updateBillOfMaterials"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/environments/{environmentID}/propagation/stores": {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Caller-chosen identifier of the business transaction this request belongs to. PingOne
         *     records it in audit activity so a transaction can be traced across calls.
         * @example checkout-7d1c2a
         */
        "X-Ping-External-Transaction-ID"?: components["parameters"]["X-Ping-External-Transaction-ID"];
        /**
         * @description Caller-chosen identifier of the user session this request belongs to, recorded in audit
         *     activity next to the transaction ID.
         * @example session-41f09b
         */
        "X-Ping-External-Session-ID"?: components["parameters"]["X-Ping-External-Session-ID"];
      };
      path: {
        /**
         * @description ID of the environment.
         * @example abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6
         */
        environmentID: components["parameters"]["environmentID"];
      };
      cookie?: never;
    };
    /**
     * List identity propagation stores
     * @description Returns the identity stores of an environment, of every type.
     */
    get: operations["listPropagationStores"];
    put?: never;
    /**
     * Create an identity propagation store
     * @description Adds an identity store to the environment. `type` selects the kind of store and with it
     *     the keys of `configuration`; for a `PingOne` store, `ENVIRONMENT_ID` and `REGION` are
     *     required.
     */
    post: operations["createPropagationStore"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/environments/{environmentID}/propagation/stores/{storeID}": {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Caller-chosen identifier of the business transaction this request belongs to. PingOne
         *     records it in audit activity so a transaction can be traced across calls.
         * @example checkout-7d1c2a
         */
        "X-Ping-External-Transaction-ID"?: components["parameters"]["X-Ping-External-Transaction-ID"];
        /**
         * @description Caller-chosen identifier of the user session this request belongs to, recorded in audit
         *     activity next to the transaction ID.
         * @example session-41f09b
         */
        "X-Ping-External-Session-ID"?: components["parameters"]["X-Ping-External-Session-ID"];
      };
      path: {
        /**
         * @description ID of the environment.
         * @example abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6
         */
        environmentID: components["parameters"]["environmentID"];
        /**
         * @description ID of the identity propagation store.
         * @example 4c7d38cf-e3dc-4210-a9c3-d19209333874
         */
        storeID: components["parameters"]["storeID"];
      };
      cookie?: never;
    };
    /**
     * Read an identity propagation store
     * @description Returns one identity store.
     */
    get: operations["readPropagationStore"];
    /**
     * Replace an identity propagation store
     * @description Replaces the settings of an identity store. Send the whole configuration, secrets
     *     included: keys left out are cleared. The type cannot change.
     */
    put: operations["updatePropagationStore"];
    post?: never;
    /**
     * Delete an identity propagation store
     * @description Deletes an identity store and stops provisioning to it.
     */
    delete: operations["deletePropagationStore"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/environments/{environmentID}/applications": {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Caller-chosen identifier of the business transaction this request belongs to. PingOne
         *     records it in audit activity so a transaction can be traced across calls.
         * @example checkout-7d1c2a
         */
        "X-Ping-External-Transaction-ID"?: components["parameters"]["X-Ping-External-Transaction-ID"];
        /**
         * @description Caller-chosen identifier of the user session this request belongs to, recorded in audit
         *     activity next to the transaction ID.
         * @example session-41f09b
         */
        "X-Ping-External-Session-ID"?: components["parameters"]["X-Ping-External-Session-ID"];
      };
      path: {
        /**
         * @description ID of the environment.
         * @example abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6
         */
        environmentID: components["parameters"]["environmentID"];
      };
      cookie?: never;
    };
    /**
     * List applications
     * @description Returns the applications of an environment, including the platform's own (admin
     *     console, self-service, portal). Every protocol can appear, so expect variants other than
     *     SAML and OpenID Connect.
     */
    get: operations["listApplications"];
    put?: never;
    /**
     * Create an application
     * @description Creates a SAML or OpenID Connect application; `protocol` selects which. A SAML
     *     application needs `acsUrls`, `spEntityId` and `assertionDuration`; an OpenID Connect
     *     application needs `grantTypes` and `tokenEndpointAuthMethod`.
     */
    post: operations["createApplication"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/environments/{environmentID}/applications/{applicationID}": {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Caller-chosen identifier of the business transaction this request belongs to. PingOne
         *     records it in audit activity so a transaction can be traced across calls.
         * @example checkout-7d1c2a
         */
        "X-Ping-External-Transaction-ID"?: components["parameters"]["X-Ping-External-Transaction-ID"];
        /**
         * @description Caller-chosen identifier of the user session this request belongs to, recorded in audit
         *     activity next to the transaction ID.
         * @example session-41f09b
         */
        "X-Ping-External-Session-ID"?: components["parameters"]["X-Ping-External-Session-ID"];
      };
      path: {
        /**
         * @description ID of the environment.
         * @example abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6
         */
        environmentID: components["parameters"]["environmentID"];
        /**
         * @description ID of the application.
         * @example 4b001fae-76c5-429e-8950-73ecd3b3ca0e
         */
        applicationID: components["parameters"]["applicationID"];
      };
      cookie?: never;
    };
    /**
     * Read an application
     * @description Returns one application.
     */
    get: operations["readApplication"];
    /**
     * Replace an application
     * @description Replaces the settings of an application with the body. Properties left out return to
     *     their defaults. `type` and `protocol` must stay as they are.
     */
    put: operations["updateApplication"];
    post?: never;
    /**
     * Delete an application
     * @description Deletes an application. Users can no longer sign on through it.
     */
    delete: operations["deleteApplication"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description A HAL link to a related resource. */
    Link: {
      /**
       * Format: uri
       * @description Absolute URL of the linked resource. Follow it as given.
       */
      href: string;
    };
    /**
     * @description HAL links of a resource or collection. `self`, `next` and `prev` have fixed meanings; the
     *     service adds other relation names (for example `environment`, `populations` or
     *     `propagation/stores`) and may add more at any time.
     */
    Links: {
      /** @description This resource or page. */
      self?: components["schemas"]["Link"];
      /** @description The next page of a collection; absent on the last page. */
      next?: components["schemas"]["Link"];
      /** @description The previous page of a collection; absent on the first page. */
      prev?: components["schemas"]["Link"];
    } & {
      [key: string]: components["schemas"]["Link"];
    };
    /**
     * @description The envelope PingOne wraps around every list response. Items are under
     *     `_embedded.<collection name>`; each list operation names its own collection.
     */
    Collection: {
      /** @description Links to this page and, when there are more, the next and previous pages. */
      _links: components["schemas"]["Links"];
      /** @description Total number of items in the collection, when the service reports it. */
      count?: number;
      /** @description Number of items in this page, when the service reports it. */
      size?: number;
    };
    /** @description A reference to another resource by its ID. */
    ResourceRef: {
      /**
       * Format: uuid
       * @description ID of the referenced resource.
       */
      id: string;
    };
    /**
     * @description Whether the environment holds production data (`PRODUCTION`) or is for development and testing (`SANDBOX`).
     * @enum {string}
     */
    EnvironmentType: "PRODUCTION" | "SANDBOX";
    /**
     * @description Region code of an environment. `AP` is the legacy Asia Pacific region on `.asia`, open to
     *     existing customers only. Licenses report regions differently (`NORTH_AMERICA` rather than
     *     `NA`); this property always uses the short code.
     * @enum {string}
     */
    EnvironmentRegion: "NA" | "EU" | "CA" | "AU" | "SG" | "AP";
    /**
     * @description Lifecycle state. Deleting a production environment soft-deletes it first: it stays
     *     readable as `DELETE_PENDING` until it is purged.
     * @enum {string}
     */
    EnvironmentStatus: "ACTIVE" | "DELETE_PENDING";
    /**
     * @description A PingOne service or Ping product that can be part of an environment's bill of materials.
     * @enum {string}
     */
    ProductType:
      | "PING_ONE_BASE"
      | "PING_ONE_MFA"
      | "PING_ONE_RISK"
      | "PING_ONE_VERIFY"
      | "PING_ONE_CREDENTIALS"
      | "PING_ONE_AUTHORIZE"
      | "PING_ONE_DAVINCI"
      | "PING_ONE_PROVISIONING"
      | "PING_ONE_FRAUD"
      | "PING_ONE_ID"
      | "PING_ONE_ORCHESTRATE"
      | "PING_ONE_FOR_ENTERPRISE"
      | "PING_ONE_FOR_SAAS"
      | "PING_ONE_LEGACY"
      | "PING_ID"
      | "PING_ID_SDK"
      | "PING_FEDERATE"
      | "PING_ACCESS"
      | "PING_DIRECTORY"
      | "PING_DATA_SYNC"
      | "PING_DATA_GOVERNANCE"
      | "PING_AUTHORIZE"
      | "PING_CENTRAL"
      | "PING_INTELLIGENCE"
      | "IDENTITY_CLOUD";
    /** @description A product enabled in an environment. */
    BillOfMaterialsProduct: {
      /**
       * Format: uuid
       * @description ID of this product entry.
       */
      id?: string;
      /** @description Which product this is. */
      type: components["schemas"]["ProductType"] | (string & {});
      /** @description Free text describing what the product is used for in this environment. */
      description?: string;
      /** @description Where the product's own administration console is. */
      console?: {
        /**
         * Format: uri
         * @description URL of the product's console.
         */
        href: string;
      };
      /** @description Links shown with the product in the PingOne admin console. */
      bookmarks?: {
        /** @description Label of the link. */
        name: string;
        /**
         * Format: uri
         * @description URL of the link.
         */
        href: string;
      }[];
      /** @description The deployment that runs this product, for products PingOne hosts. */
      deployment?: {
        /**
         * Format: uuid
         * @description ID of the deployment.
         */
        id?: string;
      };
      /** @description Provisioning options the product was created with. */
      tags?: string[];
    };
    /**
     * @description The packaged solution the bill of materials was created from.
     * @enum {string}
     */
    SolutionType: "WORKFORCE" | "CUSTOMER" | "CIAM_TRIAL" | "WF_TRIAL";
    /** @description The products enabled in an environment. */
    BillOfMaterials: {
      /** @description The enabled products. */
      products: components["schemas"]["BillOfMaterialsProduct"][];
      /** @description The packaged solution the environment was created from, if any. */
      solutionType?: components["schemas"]["SolutionType"] | (string & {});
      /**
       * Format: date-time
       * @description When the bill of materials was created.
       */
      createdAt?: string;
      /**
       * Format: date-time
       * @description When the bill of materials was last changed.
       */
      updatedAt?: string;
      /** @description Links to related resources. */
      _links?: components["schemas"]["Links"];
    };
    /** @description An environment, as the service returns it. */
    Environment: {
      /**
       * Format: uuid
       * @description ID of the environment.
       */
      id: string;
      /** @description Name of the environment, unique within the organization. */
      name: string;
      /** @description Free text describing the environment. */
      description?: string;
      /** @description The organization the environment belongs to. */
      organization?: components["schemas"]["ResourceRef"];
      /** @description Production or sandbox. */
      type: components["schemas"]["EnvironmentType"] | (string & {});
      /** @description Region the environment runs in. Set at creation; never changes. */
      region: components["schemas"]["EnvironmentRegion"] | (string & {});
      /** @description Lifecycle state; `null` for an environment that was never soft-deleted. */
      status?:
        components["schemas"]["EnvironmentStatus"] | null | (string & {});
      /** @description The license the environment draws on. */
      license?: components["schemas"]["ResourceRef"];
      /**
       * Format: uri
       * @description URL of the environment's icon in the admin console.
       */
      icon?: string;
      /** @description The products enabled in the environment. */
      billOfMaterials?: components["schemas"]["BillOfMaterials"];
      /**
       * Format: date-time
       * @description When the environment was created.
       */
      createdAt?: string;
      /**
       * Format: date-time
       * @description When the environment was last changed.
       */
      updatedAt?: string;
      /**
       * Format: date-time
       * @description When a production environment was deleted and entered `DELETE_PENDING`.
       */
      softDeletedAt?: string;
      /**
       * Format: date-time
       * @description Earliest time a soft-deleted environment can be purged.
       */
      hardDeleteAllowedAt?: string;
      /** @description Links to the environment and its sub-resources. */
      _links?: components["schemas"]["Links"];
    };
    /** @description A page of environments. */
    EnvironmentCollection: components["schemas"]["Collection"] & {
      /** @description The items of this page. */
      _embedded: {
        /** @description The environments on this page. */
        environments: components["schemas"]["Environment"][];
      };
    };
    /**
     * @description Top-level error codes PingOne is known to return.
     * @enum {string}
     */
    ErrorCode:
      | "INVALID_DATA"
      | "INVALID_REQUEST"
      | "REQUEST_FAILED"
      | "ACCESS_FAILED"
      | "NOT_FOUND"
      | "REQUEST_LIMITED"
      | "UNEXPECTED_ERROR";
    /**
     * @description Detail codes PingOne is known to return inside `details`.
     * @enum {string}
     */
    ErrorDetailCode:
      | "INVALID_VALUE"
      | "REQUIRED_VALUE"
      | "EMPTY_VALUE"
      | "INVALID_FILTER"
      | "INVALID_PARAMETER"
      | "OUT_OF_RANGE"
      | "SIZE_LIMIT_EXCEEDED"
      | "UNIQUENESS_VIOLATION"
      | "CONSTRAINT_VIOLATION"
      | "INSUFFICIENT_PERMISSIONS"
      | "INVALID_TOKEN"
      | "LICENSE_EXCEEDED"
      | "LIMIT_EXCEEDED"
      | "QUOTA_EXCEEDED"
      | "ACCOUNT_NOT_USABLE"
      | "INVALID_OTP"
      | "MFA_AUTH_METHODS_CONFLICT"
      | "NO_PASSWORD";
    /** @description One specific problem behind an error response. */
    ErrorDetail: {
      /** @description Machine-readable code of this problem. */
      code: components["schemas"]["ErrorDetailCode"] | (string & {});
      /** @description The request item the problem is about, such as a body property name. */
      target?: string;
      /** @description Human-readable explanation of this problem. */
      message: string;
      /**
       * @description Further machine-readable facts about the problem, for example the allowed pattern or
       *     range of a value. Its keys depend on the problem.
       */
      innerError?: {
        [key: string]: unknown;
      };
    };
    /** @description The body PingOne returns with every 4xx and 5xx response that has one. */
    ErrorResponse: {
      /** @description Unique ID of this error occurrence. */
      id: string;
      /** @description Machine-readable error code, broader than the HTTP status. */
      code: components["schemas"]["ErrorCode"] | (string & {});
      /** @description Human-readable summary of the error. */
      message: string;
      /** @description The specific problems behind the error, when there are several or they point at a field. */
      details?: components["schemas"]["ErrorDetail"][];
    };
    /** @description A product to enable in the environment. */
    BillOfMaterialsProductInput: {
      /** @description Which product this is. */
      type: components["schemas"]["ProductType"];
      /** @description Free text describing what the product is used for in this environment. */
      description?: string;
      /** @description Where the product's own administration console is, for products that have one. */
      console?: {
        /**
         * Format: uri
         * @description URL of the product's console.
         */
        href: string;
      };
      /** @description Links shown with the product in the PingOne admin console. */
      bookmarks?: {
        /** @description Label of the link. */
        name: string;
        /**
         * Format: uri
         * @description URL of the link.
         */
        href: string;
      }[];
      /** @description Options for how the product is provisioned. `DAVINCI_MINIMAL` creates DaVinci without sample flows. */
      tags?: "DAVINCI_MINIMAL"[];
    };
    /**
     * @description The complete list of products an environment should have. Replacing the bill of materials
     *     adds the products that are new and removes the ones that are missing.
     */
    BillOfMaterialsInput: {
      /** @description The products, each type at most once. */
      products: components["schemas"]["BillOfMaterialsProductInput"][];
      /** @description The packaged solution to create the environment from. Only read when the environment is created. */
      solutionType?: components["schemas"]["SolutionType"];
    };
    /**
     * @description A new environment. The license is needed by organizations on current licensing; the
     *     older example on Ping's environments overview page omits it, so this description does not
     *     make it mandatory and leaves the check to the service.
     */
    EnvironmentCreate: {
      /** @description Name of the environment; must be unique within the organization. */
      name: string;
      /** @description Free text describing the environment. */
      description?: string;
      /** @description Region to create the environment in. It cannot be changed later. */
      region: components["schemas"]["EnvironmentRegion"];
      /** @description Production or sandbox. */
      type: components["schemas"]["EnvironmentType"];
      /** @description The license the environment draws on. */
      license?: components["schemas"]["ResourceRef"];
      /**
       * Format: uri
       * @description URL of the environment's icon in the admin console.
       */
      icon?: string;
      /** @description The products to enable. Without it, the service chooses a default set. */
      billOfMaterials?: components["schemas"]["BillOfMaterialsInput"];
    };
    /**
     * @description The complete new state of an environment (PUT replaces it). The region is fixed when the
     *     environment is created: `region` may be repeated here, but only with the current value.
     */
    EnvironmentUpdate: {
      /** @description Name of the environment; must be unique within the organization. */
      name: string;
      /** @description Free text describing the environment. */
      description?: string;
      /** @description The environment's current region. A different value is rejected. */
      region?: components["schemas"]["EnvironmentRegion"];
      /** @description Production or sandbox. A sandbox can be promoted to production. */
      type: components["schemas"]["EnvironmentType"];
      /** @description The license the environment draws on. */
      license?: components["schemas"]["ResourceRef"];
      /**
       * Format: uri
       * @description URL of the environment's icon in the admin console.
       */
      icon?: string;
      /** @description The products the environment should have. */
      billOfMaterials?: components["schemas"]["BillOfMaterialsInput"];
    };
    /**
     * @description Whether provisioning to the store is switched on.
     * @enum {string}
     */
    PropagationStoreStatus: "ACTIVE" | "INACTIVE";
    /** @description Properties every identity store has, as the service returns them. */
    PropagationStoreBase: {
      /**
       * Format: uuid
       * @description ID of the store.
       */
      id: string;
      /** @description The environment the store belongs to. */
      environment?: components["schemas"]["ResourceRef"];
      /** @description Name of the store. */
      name: string;
      /** @description Free text describing the store. */
      description?: string;
      /** @description Kind of store. */
      type: string;
      /** @description Whether provisioning to the store is switched on. */
      status?: components["schemas"]["PropagationStoreStatus"] | (string & {});
      /** @description Whether the store is managed by PingOne rather than by an administrator. */
      managed?: boolean;
      /** @description Logo shown for the store; empty when there is none. */
      image?: {
        /** @description ID of the image resource, when it is one. */
        id?: string;
        /** @description URL of the logo. */
        href?: string;
      };
      /** @description Outcome of the latest provisioning run. */
      syncStatus?: {
        /** @description State of the latest run. */
        syncState?: "SYNCING" | "FAILED" | (string & {});
        /**
         * Format: date-time
         * @description When the latest run happened.
         */
        lastSyncAt?: string;
        /** @description What went wrong, when the run failed. */
        details?: string;
        /** @description Users provisioned successfully. */
        successCount?: number;
        /** @description Users that failed to provision. */
        failedCount?: number;
        /** @description Users that failed to deprovision. */
        failedDeprovisionCount?: number;
        /** @description Users in scope. */
        userTotal?: number;
      };
      /**
       * Format: date-time
       * @description When the store was created.
       */
      createdAt?: string;
      /**
       * Format: date-time
       * @description When the store was last changed.
       */
      updatedAt?: string;
      /** @description Links to the store. */
      _links?: components["schemas"]["Links"];
    };
    /**
     * @description Region of the target PingOne environment. Ping's documentation examples write the region
     *     as a label (`North America`), while Ping's generated SDKs enumerate codes (`NA`, `EU`,
     *     `CA`, `AP`). This description accepts either form for every region; prefer the label,
     *     which is what the documented examples send and the service echoes back.
     * @enum {string}
     */
    PingOneStoreRegion:
      | "North America"
      | "Europe"
      | "Canada"
      | "Australia"
      | "Singapore"
      | "Asia Pacific"
      | "NA"
      | "EU"
      | "CA"
      | "AU"
      | "SG"
      | "AP";
    /**
     * @description Settings of a PingOne store as the service returns them. `CLIENT_SECRET` is write-only in
     *     this description: the service may echo it, but clients should not rely on it or log it.
     */
    PingOneStoreConfiguration: {
      /** @description ID of the target PingOne environment. */
      ENVIRONMENT_ID: string;
      /** @description Region of the target environment. */
      REGION: components["schemas"]["PingOneStoreRegion"] | (string & {});
      /** @description Client ID of the worker application in the target environment. */
      CLIENT_ID?: string;
      /** @description Whether users missing in the target are created there. */
      CREATE_USERS?: boolean;
      /** @description Whether changes to users are copied to the target. */
      UPDATE_USERS?: boolean;
      /** @description Whether users disabled in the source are disabled in the target. */
      DISABLE_USERS?: boolean;
      /** @description What happens in the target to a user who leaves the provisioning scope. */
      REMOVE_ACTION?: "Disable" | "Delete" | (string & {});
      /** @description Default MFA method given to users created in the target. */
      DEFAULT_AUTH_METHOD?: "Email 1" | "SMS 1" | "Voice 1" | (string & {});
      /** @description Whether provisioned MFA devices are merged with the target's or replace them. */
      MFA_USER_DEVICE_MANAGEMENT?:
        | "Merge with devices in PingOne"
        | "Overwrite devices in PingOne"
        | (string & {});
      /** @description Whether users that are disabled in the source are provisioned at all. */
      PROVISION_DISABLED_USERS_PROV_OPT?: boolean;
      /**
       * @deprecated
       * @description Former name of `CREATE_USERS`.
       */
      CREATE_USERS_PROV_OPT?: boolean;
      /**
       * @deprecated
       * @description Former name of `UPDATE_USERS`.
       */
      UPDATE_USERS_PROV_OPT?: boolean;
      /**
       * @deprecated
       * @description Former switch for removing users; replaced by `REMOVE_ACTION`.
       */
      REMOVE_USERS_PROV_OPT?: boolean;
    };
    /**
     * PingOne store
     * @description A store that provisions users to another PingOne environment.
     */
    PingOnePropagationStore: components["schemas"]["PropagationStoreBase"] & {
      /**
       * @description Marks the PingOne variant.
       * @constant
       */
      type: "PingOne";
      /** @description Connection and provisioning settings. */
      configuration: components["schemas"]["PingOneStoreConfiguration"];
    };
    /**
     * @description Kinds of identity store other than `PingOne`. The spellings are the service's own and
     *     case-sensitive (`scim` and `directory` in lower case, `GitHubEMU` with a capital H).
     * @enum {string}
     */
    OtherPropagationStoreType:
      | "Aquera"
      | "AzureActiveDirectorySAML2"
      | "directory"
      | "GitHubEMU"
      | "GoogleApps"
      | "LdapGateway"
      | "Salesforce"
      | "SalesforceContacts"
      | "scim"
      | "ServiceNow"
      | "Slack"
      | "Workday"
      | "Zoom";
    /**
     * Other store
     * @description A store of any type other than PingOne; its configuration keys depend on the type.
     */
    OtherPropagationStore: components["schemas"]["PropagationStoreBase"] & {
      /** @description Any store type other than `PingOne`, including ones added later. */
      type?: components["schemas"]["OtherPropagationStoreType"] | (string & {});
      /** @description Type-specific settings. Secret values may be echoed; do not log them. */
      configuration?: {
        [key: string]: unknown;
      };
    };
    /** @description An identity store, as the service returns it. Check `type` to tell the variants apart. */
    PropagationStore:
      | components["schemas"]["PingOnePropagationStore"]
      | components["schemas"]["OtherPropagationStore"];
    /** @description A page of identity stores. */
    PropagationStoreCollection: components["schemas"]["Collection"] & {
      /** @description The items of this page. */
      _embedded: {
        /** @description The stores on this page. */
        stores: components["schemas"]["PropagationStore"][];
      };
    };
    /** @description Properties every identity store accepts, whatever its type. */
    PropagationStoreInputBase: {
      /** @description Name of the store. */
      name: string;
      /** @description Free text describing the store. */
      description?: string;
      /** @description Kind of store; selects the variant. */
      type: string;
      /** @description Whether provisioning to the store is switched on. New stores start `INACTIVE` unless set. */
      status?: components["schemas"]["PropagationStoreStatus"];
      /** @description Whether the store is managed by PingOne rather than by an administrator. */
      managed?: boolean;
      /** @description Logo shown for the store. */
      image?: {
        /**
         * Format: uri
         * @description URL of the logo.
         */
        href?: string;
      };
    };
    /** @description Connection and provisioning settings of a store that is another PingOne environment. */
    PingOneStoreConfigurationInput: {
      /**
       * Format: uuid
       * @description ID of the target PingOne environment users are provisioned to.
       */
      ENVIRONMENT_ID: string;
      /** @description Region of the target environment. */
      REGION: components["schemas"]["PingOneStoreRegion"];
      /** @description Client ID of a worker application in the target environment. */
      CLIENT_ID?: string;
      /**
       * Format: password
       * @description Client secret of that worker application. Sent, never shown; keep it out of logs.
       */
      CLIENT_SECRET?: string;
      /** @description Whether users missing in the target are created there. */
      CREATE_USERS?: boolean;
      /** @description Whether changes to users are copied to the target. */
      UPDATE_USERS?: boolean;
      /** @description Whether users disabled in the source are disabled in the target. */
      DISABLE_USERS?: boolean;
      /**
       * @description What happens in the target to a user who leaves the provisioning scope.
       * @enum {string}
       */
      REMOVE_ACTION?: "Disable" | "Delete";
      /**
       * @description Default MFA method given to users created in the target.
       * @enum {string}
       */
      DEFAULT_AUTH_METHOD?: "Email 1" | "SMS 1" | "Voice 1";
      /**
       * @description Whether provisioned MFA devices are merged with the target's or replace them.
       * @enum {string}
       */
      MFA_USER_DEVICE_MANAGEMENT?:
        "Merge with devices in PingOne" | "Overwrite devices in PingOne";
      /** @description Whether users that are disabled in the source are provisioned at all. */
      PROVISION_DISABLED_USERS_PROV_OPT?: boolean;
      /**
       * @deprecated
       * @description Former name of `CREATE_USERS`.
       */
      CREATE_USERS_PROV_OPT?: boolean;
      /**
       * @deprecated
       * @description Former name of `UPDATE_USERS`.
       */
      UPDATE_USERS_PROV_OPT?: boolean;
      /**
       * @deprecated
       * @description Former switch for removing users; replaced by `REMOVE_ACTION`.
       */
      REMOVE_USERS_PROV_OPT?: boolean;
    };
    /**
     * PingOne store
     * @description A store that provisions users to another PingOne environment.
     */
    PingOnePropagationStoreInput: components["schemas"]["PropagationStoreInputBase"] & {
      /**
       * @description Selects the PingOne variant.
       * @constant
       */
      type: "PingOne";
      /** @description Connection and provisioning settings. */
      configuration: components["schemas"]["PingOneStoreConfigurationInput"];
    } & {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: "PingOne";
    };
    /**
     * Other store
     * @description A store of any other type. Its `configuration` keys depend on the type; the store metadata
     *     operations of the service list them. Values are strings, booleans or numbers.
     */
    OtherPropagationStoreInput: components["schemas"]["PropagationStoreInputBase"] & {
      /** @description Kind of store. */
      type: components["schemas"]["OtherPropagationStoreType"];
      /** @description Type-specific connection and provisioning settings. */
      configuration: {
        [key: string]: string | boolean | number;
      };
    } & {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type:
        | "Aquera"
        | "AzureActiveDirectorySAML2"
        | "directory"
        | "GitHubEMU"
        | "GoogleApps"
        | "LdapGateway"
        | "Salesforce"
        | "SalesforceContacts"
        | "scim"
        | "ServiceNow"
        | "Slack"
        | "Workday"
        | "Zoom";
    };
    /**
     * @description An identity store to create, or its complete new state (PUT). `type` selects the variant;
     *     the PingOne store's configuration is described in full.
     */
    PropagationStoreInput:
      | components["schemas"]["PingOnePropagationStoreInput"]
      | components["schemas"]["OtherPropagationStoreInput"];
    /**
     * @description Kind of client the application is. The `PING_ONE_*` types are the platform's own
     *     applications, created with the environment.
     * @enum {string}
     */
    ApplicationType:
      | "WEB_APP"
      | "NATIVE_APP"
      | "SINGLE_PAGE_APP"
      | "WORKER"
      | "SERVICE"
      | "CUSTOM_APP"
      | "PING_ONE_SELF_SERVICE"
      | "PING_ONE_ADMIN_CONSOLE"
      | "PING_ONE_PORTAL"
      | "TEMPLATE_APP"
      | "PORTAL_LINK_APP";
    /** @description Who may sign on to the application. */
    ApplicationAccessControl: {
      /** @description A role users must have. */
      role?: {
        /** @description `ADMIN_USERS_ONLY` admits only users with an administrator role. */
        type: "ADMIN_USERS_ONLY" | (string & {});
      };
      /** @description Groups users must belong to. */
      group?: {
        /** @description `ANY_GROUP`: membership of one listed group is enough; `ALL_GROUPS`: every listed group is needed. */
        type: "ANY_GROUP" | "ALL_GROUPS" | (string & {});
        /** @description The groups. */
        groups: components["schemas"]["ResourceRef"][];
      };
    };
    /** @description Properties every application has, whatever its protocol, as the service returns them. */
    ApplicationBase: {
      /**
       * Format: uuid
       * @description ID of the application.
       */
      id: string;
      /** @description The environment the application belongs to. */
      environment?: components["schemas"]["ResourceRef"];
      /** @description Name of the application. */
      name: string;
      /** @description Free text describing the application. */
      description?: string;
      /** @description Whether users can sign on to the application. */
      enabled: boolean;
      /** @description Kind of client. */
      type: components["schemas"]["ApplicationType"] | (string & {});
      /** @description Sign-on protocol. */
      protocol: string;
      /** @description Restrictions on who may sign on. */
      accessControl?: components["schemas"]["ApplicationAccessControl"];
      /** @description Whether the application is left out of the end-user application portal. */
      hiddenFromAppPortal?: boolean;
      /** @description Where the application portal sends users who open the application. */
      homePageUrl?: string;
      /** @description A custom sign-on page for the application. */
      loginPageUrl?: string;
      /** @description Image shown for the application. */
      icon?: {
        /** @description ID of the image resource. */
        id?: string;
        /** @description URL of the image. */
        href?: string;
      };
      /**
       * Format: date-time
       * @description When the application was created.
       */
      createdAt?: string;
      /**
       * Format: date-time
       * @description When the application was last changed.
       */
      updatedAt?: string;
      /** @description Links to the application and its sub-resources. */
      _links?: components["schemas"]["Links"];
    };
    /**
     * @description Signature algorithm for SAML messages.
     * @enum {string}
     */
    SigningAlgorithm:
      | "SHA256withRSA"
      | "SHA384withRSA"
      | "SHA512withRSA"
      | "SHA256withECDSA"
      | "SHA384withECDSA"
      | "SHA512withECDSA";
    /**
     * SAML application
     * @description A SAML service provider.
     */
    SamlApplication: components["schemas"]["ApplicationBase"] & {
      /**
       * @description Marks the SAML variant.
       * @constant
       */
      protocol: "SAML";
      /** @description Identifier of the application as a client; for SAML applications the same as its ID. */
      clientId?: string;
      /** @description Assertion consumer service URLs. The first is the default. */
      acsUrls?: string[];
      /** @description Entity ID of the service provider. */
      spEntityId?: string;
      /** @description How long an assertion stays valid, in seconds. */
      assertionDuration?: number;
      /** @description Format of the subject NameID in the assertion, as a SAML URN. */
      nameIdFormat?: string;
      /** @description Where single logout requests are sent. */
      sloEndpoint?: string;
      /** @description Where single logout responses are sent. */
      sloResponseEndpoint?: string;
      /** @description Binding for single logout messages. */
      sloBinding?: "HTTP_POST" | "HTTP_REDIRECT" | (string & {});
      /** @description Key and algorithm PingOne signs assertions and responses with. */
      idpSigning?: {
        /** @description The signing key. */
        key?: components["schemas"]["ResourceRef"];
        /** @description Signature algorithm. */
        algorithm?: components["schemas"]["SigningAlgorithm"] | (string & {});
      };
      /** @description Whether the SAML response is signed. */
      responseSigned?: boolean;
      /** @description Whether the assertion is signed. */
      assertionSigned?: boolean;
    };
    /**
     * @description An OAuth 2.0 grant type the application may use.
     * @enum {string}
     */
    GrantType:
      | "AUTHORIZATION_CODE"
      | "IMPLICIT"
      | "REFRESH_TOKEN"
      | "CLIENT_CREDENTIALS"
      | "DEVICE_CODE";
    /**
     * @description A response type the application may request at the authorization endpoint.
     * @enum {string}
     */
    ResponseType: "CODE" | "TOKEN" | "ID_TOKEN";
    /**
     * @description How the application authenticates at the token endpoint. Public clients use `NONE`.
     * @enum {string}
     */
    TokenEndpointAuthMethod:
      | "NONE"
      | "CLIENT_SECRET_BASIC"
      | "CLIENT_SECRET_POST"
      | "CLIENT_SECRET_JWT"
      | "PRIVATE_KEY_JWT";
    /**
     * @description Whether authorization requests must use PKCE, and with which method.
     * @enum {string}
     */
    PkceEnforcement: "OPTIONAL" | "REQUIRED" | "S256_REQUIRED";
    /**
     * OpenID Connect application
     * @description An OpenID Connect or OAuth 2.0 client.
     */
    OidcApplication: components["schemas"]["ApplicationBase"] & {
      /**
       * @description Marks the OpenID Connect variant.
       * @constant
       */
      protocol: "OPENID_CONNECT";
      /** @description Grant types the application may use. */
      grantTypes?: (components["schemas"]["GrantType"] | (string & {}))[];
      /** @description Response types the application may request. */
      responseTypes?: (components["schemas"]["ResponseType"] | (string & {}))[];
      /** @description Allowed redirect URIs after authorization. */
      redirectUris?: string[];
      /** @description Allowed redirect URIs after sign-off. */
      postLogoutRedirectUris?: string[];
      /** @description How the client authenticates at the token endpoint. */
      tokenEndpointAuthMethod?:
        components["schemas"]["TokenEndpointAuthMethod"] | (string & {});
      /** @description PKCE requirement for authorization requests. */
      pkceEnforcement?:
        components["schemas"]["PkceEnforcement"] | (string & {});
      /** @description Lifetime of a refresh token, in seconds. */
      refreshTokenDuration?: number;
      /** @description Longest time a chain of refreshed tokens may last, in seconds. */
      refreshTokenRollingDuration?: number;
      /** @description URI a third party uses to start a sign-on at the application. */
      initiateLoginUri?: string;
      /** @description Where users land after a sign-on started through `initiateLoginUri`. */
      targetLinkUri?: string;
    };
    /**
     * Other application
     * @description An application with a protocol this description does not detail: `WS_FED`,
     *     `EXTERNAL_LINK`, or one PingOne adds later. Only the common properties are described.
     */
    OtherApplication: components["schemas"]["ApplicationBase"] & {
      /** @description Any protocol other than `SAML` and `OPENID_CONNECT`. */
      protocol?: string;
    };
    /**
     * @description An application, as the service returns it. Check `protocol` to tell the variants apart;
     *     any protocol other than `SAML` and `OPENID_CONNECT` comes back as the third variant, so
     *     code that switches on `protocol` needs a default branch.
     */
    Application:
      | components["schemas"]["SamlApplication"]
      | components["schemas"]["OidcApplication"]
      | components["schemas"]["OtherApplication"];
    /** @description A page of applications. */
    ApplicationCollection: components["schemas"]["Collection"] & {
      /** @description The items of this page. */
      _embedded: {
        /** @description The applications on this page. */
        applications: components["schemas"]["Application"][];
      };
    };
    /** @description Who may sign on to the application. */
    ApplicationAccessControlInput: {
      /** @description A role users must have. */
      role?: {
        /**
         * @description `ADMIN_USERS_ONLY` admits only users with an administrator role.
         * @enum {string}
         */
        type: "ADMIN_USERS_ONLY";
      };
      /** @description Groups users must belong to. */
      group?: {
        /**
         * @description `ANY_GROUP`: membership of one listed group is enough; `ALL_GROUPS`: every listed group is needed.
         * @enum {string}
         */
        type: "ANY_GROUP" | "ALL_GROUPS";
        /** @description The groups. */
        groups: components["schemas"]["ResourceRef"][];
      };
    };
    /** @description Properties every application accepts, whatever its protocol. */
    ApplicationInputBase: {
      /** @description Name of the application. */
      name: string;
      /** @description Free text describing the application. */
      description?: string;
      /** @description Whether users can sign on to the application. */
      enabled: boolean;
      /** @description Kind of client. Cannot be changed after creation. */
      type: components["schemas"]["ApplicationType"];
      /** @description Sign-on protocol. Cannot be changed after creation. */
      protocol: string;
      /** @description Restricts sign-on to users with a role or in groups. */
      accessControl?: components["schemas"]["ApplicationAccessControlInput"];
      /** @description Whether the application is left out of the end-user application portal. */
      hiddenFromAppPortal?: boolean;
      /**
       * Format: uri
       * @description Where the application portal sends users who open the application.
       */
      homePageUrl?: string;
      /**
       * Format: uri
       * @description A custom sign-on page for the application.
       */
      loginPageUrl?: string;
      /** @description Image shown for the application. */
      icon?: {
        /**
         * Format: uuid
         * @description ID of the image resource.
         */
        id: string;
        /**
         * Format: uri
         * @description URL of the image.
         */
        href: string;
      };
    };
    /** @description Key and algorithm PingOne signs SAML messages with. */
    SamlIdpSigningInput: {
      /** @description The signing key. */
      key: components["schemas"]["ResourceRef"];
      /** @description Signature algorithm; must match the key type. */
      algorithm?: components["schemas"]["SigningAlgorithm"];
    };
    /**
     * SAML application
     * @description A SAML service provider to create, or its complete new state.
     */
    SamlApplicationInput: components["schemas"]["ApplicationInputBase"] & {
      /**
       * @description Selects the SAML variant.
       * @constant
       */
      protocol: "SAML";
      /** @description Assertion consumer service URLs. The first is the default. */
      acsUrls: string[];
      /** @description Entity ID of the service provider; unique within the environment. */
      spEntityId: string;
      /** @description How long an assertion stays valid, in seconds. */
      assertionDuration: number;
      /** @description Format of the subject NameID in the assertion, as a SAML URN. */
      nameIdFormat?: string;
      /**
       * Format: uri
       * @description Where single logout requests are sent.
       */
      sloEndpoint?: string;
      /**
       * Format: uri
       * @description Where single logout responses are sent; `sloEndpoint` is used when absent.
       */
      sloResponseEndpoint?: string;
      /**
       * @description Binding for single logout messages. The service defaults to `HTTP_POST`.
       * @enum {string}
       */
      sloBinding?: "HTTP_POST" | "HTTP_REDIRECT";
      /** @description Key and algorithm PingOne signs assertions and responses with. */
      idpSigning?: components["schemas"]["SamlIdpSigningInput"];
      /** @description Whether the SAML response is signed. The service defaults to false. */
      responseSigned?: boolean;
      /** @description Whether the assertion is signed. The service defaults to true. */
      assertionSigned?: boolean;
    } & {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      protocol: "SAML";
    };
    /**
     * OpenID Connect application
     * @description An OpenID Connect or OAuth 2.0 client to create, or its complete new state.
     */
    OidcApplicationInput: components["schemas"]["ApplicationInputBase"] & {
      /**
       * @description Selects the OpenID Connect variant.
       * @constant
       */
      protocol: "OPENID_CONNECT";
      /** @description Grant types the application may use. */
      grantTypes: components["schemas"]["GrantType"][];
      /** @description Response types the application may request. */
      responseTypes?: components["schemas"]["ResponseType"][];
      /** @description Allowed redirect URIs after authorization. */
      redirectUris?: string[];
      /** @description Allowed redirect URIs after sign-off. */
      postLogoutRedirectUris?: string[];
      /** @description How the client authenticates at the token endpoint. */
      tokenEndpointAuthMethod: components["schemas"]["TokenEndpointAuthMethod"];
      /** @description PKCE requirement for authorization requests. */
      pkceEnforcement?: components["schemas"]["PkceEnforcement"];
      /** @description Lifetime of a refresh token, in seconds. */
      refreshTokenDuration?: number;
      /** @description Longest time a chain of refreshed tokens may last, in seconds. */
      refreshTokenRollingDuration?: number;
      /**
       * Format: uri
       * @description URI a third party uses to start a sign-on at the application.
       */
      initiateLoginUri?: string;
      /**
       * Format: uri
       * @description Where users land after a sign-on started through `initiateLoginUri`.
       */
      targetLinkUri?: string;
    } & {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      protocol: "OPENID_CONNECT";
    };
    /**
     * @description An application to create, or the complete new state of one (PUT). The `protocol` selects
     *     the variant; `type` and `protocol` cannot change after creation.
     */
    ApplicationInput:
      | components["schemas"]["SamlApplicationInput"]
      | components["schemas"]["OidcApplicationInput"];
  };
  responses: {
    /** @description The request was malformed or failed validation. `details` names each offending field in `target`. */
    BadRequest: {
      headers: {
        "Correlation-Id": components["headers"]["Correlation-Id"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The access token is missing, malformed or expired. Get a new token and try again. */
    Unauthorized: {
      headers: {
        "Correlation-Id": components["headers"]["Correlation-Id"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The token is valid but lacks the role or the license this request needs. Right after an environment is created, requests inside it can answer 403 for a short while. */
    Forbidden: {
      headers: {
        "Correlation-Id": components["headers"]["Correlation-Id"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description No resource exists at this path, or the token cannot see it. Right after an environment is created, requests inside it can answer 404 for a short while. */
    NotFound: {
      headers: {
        "Correlation-Id": components["headers"]["Correlation-Id"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The caller exceeded a rate limit. Wait at least as long as `Retry-After` says before trying again. */
    TooManyRequests: {
      headers: {
        "Correlation-Id": components["headers"]["Correlation-Id"];
        "Retry-After": components["headers"]["Retry-After"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The service is temporarily unable to answer. Try again later, after `Retry-After` when it is given. */
    ServiceUnavailable: {
      headers: {
        "Correlation-Id": components["headers"]["Correlation-Id"];
        "Retry-After": components["headers"]["Retry-After"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The resource was deleted. There is no body. */
    NoContent: {
      headers: {
        "Correlation-Id": components["headers"]["Correlation-Id"];
        [name: string]: unknown;
      };
      content?: never;
    };
  };
  parameters: {
    /**
     * @description Caller-chosen identifier of the business transaction this request belongs to. PingOne
     *     records it in audit activity so a transaction can be traced across calls.
     * @example checkout-7d1c2a
     */
    "X-Ping-External-Transaction-ID": string;
    /**
     * @description Caller-chosen identifier of the user session this request belongs to, recorded in audit
     *     activity next to the transaction ID.
     * @example session-41f09b
     */
    "X-Ping-External-Session-ID": string;
    /**
     * @description SCIM filter expression. Environments support only the `sw` (starts with) operator on the
     *     `name` attribute, for example `name sw "Dev"`. Other operators (`eq`, `co`, `and`, ...) are
     *     rejected for this collection.
     */
    environmentFilter: string;
    /**
     * @description Largest number of items to return in one page. The service may return fewer; follow
     *     `_links.next` until it is absent rather than counting items.
     * @example 100
     */
    limit: number;
    /**
     * @description Opaque position in a collection. It is part of the `_links.next.href` the service
     *     returns; clients should follow that link as given rather than build this value.
     */
    cursor: string;
    /**
     * @description ID of the environment.
     * @example abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6
     */
    environmentID: string;
    /**
     * @description ID of the identity propagation store.
     * @example 4c7d38cf-e3dc-4210-a9c3-d19209333874
     */
    storeID: string;
    /**
     * @description ID of the application.
     * @example 4b001fae-76c5-429e-8950-73ecd3b3ca0e
     */
    applicationID: string;
  };
  requestBodies: never;
  headers: {
    /**
     * @description Identifier PingOne assigns to the request. Quote it when you ask Ping support about a call.
     * @example 8f5e3c0a-4b7d-4e2f-9a61-0c3b2d1e7f45
     */
    "Correlation-Id": string;
    /**
     * @description How long to wait before trying again, either as a number of seconds or as an HTTP date
     *     (RFC 9110, section 10.2.3).
     * @example 5
     */
    "Retry-After": number | string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listEnvironments: {
    parameters: {
      query?: {
        /**
         * @description SCIM filter expression. Environments support only the `sw` (starts with) operator on the
         *     `name` attribute, for example `name sw "Dev"`. Other operators (`eq`, `co`, `and`, ...) are
         *     rejected for this collection.
         */
        filter?: components["parameters"]["environmentFilter"];
        /**
         * @description Largest number of items to return in one page. The service may return fewer; follow
         *     `_links.next` until it is absent rather than counting items.
         * @example 100
         */
        limit?: components["parameters"]["limit"];
        /**
         * @description Opaque position in a collection. It is part of the `_links.next.href` the service
         *     returns; clients should follow that link as given rather than build this value.
         */
        cursor?: components["parameters"]["cursor"];
      };
      header?: {
        /**
         * @description Caller-chosen identifier of the business transaction this request belongs to. PingOne
         *     records it in audit activity so a transaction can be traced across calls.
         * @example checkout-7d1c2a
         */
        "X-Ping-External-Transaction-ID"?: components["parameters"]["X-Ping-External-Transaction-ID"];
        /**
         * @description Caller-chosen identifier of the user session this request belongs to, recorded in audit
         *     activity next to the transaction ID.
         * @example session-41f09b
         */
        "X-Ping-External-Session-ID"?: components["parameters"]["X-Ping-External-Session-ID"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of environments. */
      200: {
        headers: {
          "Correlation-Id": components["headers"]["Correlation-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["EnvironmentCollection"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  createEnvironment: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Caller-chosen identifier of the business transaction this request belongs to. PingOne
         *     records it in audit activity so a transaction can be traced across calls.
         * @example checkout-7d1c2a
         */
        "X-Ping-External-Transaction-ID"?: components["parameters"]["X-Ping-External-Transaction-ID"];
        /**
         * @description Caller-chosen identifier of the user session this request belongs to, recorded in audit
         *     activity next to the transaction ID.
         * @example session-41f09b
         */
        "X-Ping-External-Session-ID"?: components["parameters"]["X-Ping-External-Session-ID"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["EnvironmentCreate"];
      };
    };
    responses: {
      /** @description The environment was created. */
      201: {
        headers: {
          "Correlation-Id": components["headers"]["Correlation-Id"];
          /** @description URL of the new environment. */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Environment"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  readEnvironment: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Caller-chosen identifier of the business transaction this request belongs to. PingOne
         *     records it in audit activity so a transaction can be traced across calls.
         * @example checkout-7d1c2a
         */
        "X-Ping-External-Transaction-ID"?: components["parameters"]["X-Ping-External-Transaction-ID"];
        /**
         * @description Caller-chosen identifier of the user session this request belongs to, recorded in audit
         *     activity next to the transaction ID.
         * @example session-41f09b
         */
        "X-Ping-External-Session-ID"?: components["parameters"]["X-Ping-External-Session-ID"];
      };
      path: {
        /**
         * @description ID of the environment.
         * @example abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6
         */
        environmentID: components["parameters"]["environmentID"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The environment. */
      200: {
        headers: {
          "Correlation-Id": components["headers"]["Correlation-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Environment"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  updateEnvironment: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Caller-chosen identifier of the business transaction this request belongs to. PingOne
         *     records it in audit activity so a transaction can be traced across calls.
         * @example checkout-7d1c2a
         */
        "X-Ping-External-Transaction-ID"?: components["parameters"]["X-Ping-External-Transaction-ID"];
        /**
         * @description Caller-chosen identifier of the user session this request belongs to, recorded in audit
         *     activity next to the transaction ID.
         * @example session-41f09b
         */
        "X-Ping-External-Session-ID"?: components["parameters"]["X-Ping-External-Session-ID"];
      };
      path: {
        /**
         * @description ID of the environment.
         * @example abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6
         */
        environmentID: components["parameters"]["environmentID"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["EnvironmentUpdate"];
      };
    };
    responses: {
      /** @description The environment after the change. */
      200: {
        headers: {
          "Correlation-Id": components["headers"]["Correlation-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Environment"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  deleteEnvironment: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Caller-chosen identifier of the business transaction this request belongs to. PingOne
         *     records it in audit activity so a transaction can be traced across calls.
         * @example checkout-7d1c2a
         */
        "X-Ping-External-Transaction-ID"?: components["parameters"]["X-Ping-External-Transaction-ID"];
        /**
         * @description Caller-chosen identifier of the user session this request belongs to, recorded in audit
         *     activity next to the transaction ID.
         * @example session-41f09b
         */
        "X-Ping-External-Session-ID"?: components["parameters"]["X-Ping-External-Session-ID"];
      };
      path: {
        /**
         * @description ID of the environment.
         * @example abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6
         */
        environmentID: components["parameters"]["environmentID"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: components["responses"]["NoContent"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  readBillOfMaterials: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Caller-chosen identifier of the business transaction this request belongs to. PingOne
         *     records it in audit activity so a transaction can be traced across calls.
         * @example checkout-7d1c2a
         */
        "X-Ping-External-Transaction-ID"?: components["parameters"]["X-Ping-External-Transaction-ID"];
        /**
         * @description Caller-chosen identifier of the user session this request belongs to, recorded in audit
         *     activity next to the transaction ID.
         * @example session-41f09b
         */
        "X-Ping-External-Session-ID"?: components["parameters"]["X-Ping-External-Session-ID"];
      };
      path: {
        /**
         * @description ID of the environment.
         * @example abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6
         */
        environmentID: components["parameters"]["environmentID"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bill of materials. */
      200: {
        headers: {
          "Correlation-Id": components["headers"]["Correlation-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BillOfMaterials"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  updateBillOfMaterials: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Caller-chosen identifier of the business transaction this request belongs to. PingOne
         *     records it in audit activity so a transaction can be traced across calls.
         * @example checkout-7d1c2a
         */
        "X-Ping-External-Transaction-ID"?: components["parameters"]["X-Ping-External-Transaction-ID"];
        /**
         * @description Caller-chosen identifier of the user session this request belongs to, recorded in audit
         *     activity next to the transaction ID.
         * @example session-41f09b
         */
        "X-Ping-External-Session-ID"?: components["parameters"]["X-Ping-External-Session-ID"];
      };
      path: {
        /**
         * @description ID of the environment.
         * @example abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6
         */
        environmentID: components["parameters"]["environmentID"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["BillOfMaterialsInput"];
      };
    };
    responses: {
      /** @description The bill of materials after the change. */
      200: {
        headers: {
          "Correlation-Id": components["headers"]["Correlation-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BillOfMaterials"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  listPropagationStores: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Caller-chosen identifier of the business transaction this request belongs to. PingOne
         *     records it in audit activity so a transaction can be traced across calls.
         * @example checkout-7d1c2a
         */
        "X-Ping-External-Transaction-ID"?: components["parameters"]["X-Ping-External-Transaction-ID"];
        /**
         * @description Caller-chosen identifier of the user session this request belongs to, recorded in audit
         *     activity next to the transaction ID.
         * @example session-41f09b
         */
        "X-Ping-External-Session-ID"?: components["parameters"]["X-Ping-External-Session-ID"];
      };
      path: {
        /**
         * @description ID of the environment.
         * @example abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6
         */
        environmentID: components["parameters"]["environmentID"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The stores. */
      200: {
        headers: {
          "Correlation-Id": components["headers"]["Correlation-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PropagationStoreCollection"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  createPropagationStore: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Caller-chosen identifier of the business transaction this request belongs to. PingOne
         *     records it in audit activity so a transaction can be traced across calls.
         * @example checkout-7d1c2a
         */
        "X-Ping-External-Transaction-ID"?: components["parameters"]["X-Ping-External-Transaction-ID"];
        /**
         * @description Caller-chosen identifier of the user session this request belongs to, recorded in audit
         *     activity next to the transaction ID.
         * @example session-41f09b
         */
        "X-Ping-External-Session-ID"?: components["parameters"]["X-Ping-External-Session-ID"];
      };
      path: {
        /**
         * @description ID of the environment.
         * @example abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6
         */
        environmentID: components["parameters"]["environmentID"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PropagationStoreInput"];
      };
    };
    responses: {
      /** @description The store was created. */
      201: {
        headers: {
          "Correlation-Id": components["headers"]["Correlation-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PropagationStore"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  readPropagationStore: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Caller-chosen identifier of the business transaction this request belongs to. PingOne
         *     records it in audit activity so a transaction can be traced across calls.
         * @example checkout-7d1c2a
         */
        "X-Ping-External-Transaction-ID"?: components["parameters"]["X-Ping-External-Transaction-ID"];
        /**
         * @description Caller-chosen identifier of the user session this request belongs to, recorded in audit
         *     activity next to the transaction ID.
         * @example session-41f09b
         */
        "X-Ping-External-Session-ID"?: components["parameters"]["X-Ping-External-Session-ID"];
      };
      path: {
        /**
         * @description ID of the environment.
         * @example abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6
         */
        environmentID: components["parameters"]["environmentID"];
        /**
         * @description ID of the identity propagation store.
         * @example 4c7d38cf-e3dc-4210-a9c3-d19209333874
         */
        storeID: components["parameters"]["storeID"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The store. */
      200: {
        headers: {
          "Correlation-Id": components["headers"]["Correlation-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PropagationStore"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  updatePropagationStore: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Caller-chosen identifier of the business transaction this request belongs to. PingOne
         *     records it in audit activity so a transaction can be traced across calls.
         * @example checkout-7d1c2a
         */
        "X-Ping-External-Transaction-ID"?: components["parameters"]["X-Ping-External-Transaction-ID"];
        /**
         * @description Caller-chosen identifier of the user session this request belongs to, recorded in audit
         *     activity next to the transaction ID.
         * @example session-41f09b
         */
        "X-Ping-External-Session-ID"?: components["parameters"]["X-Ping-External-Session-ID"];
      };
      path: {
        /**
         * @description ID of the environment.
         * @example abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6
         */
        environmentID: components["parameters"]["environmentID"];
        /**
         * @description ID of the identity propagation store.
         * @example 4c7d38cf-e3dc-4210-a9c3-d19209333874
         */
        storeID: components["parameters"]["storeID"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PropagationStoreInput"];
      };
    };
    responses: {
      /** @description The store after the change. */
      200: {
        headers: {
          "Correlation-Id": components["headers"]["Correlation-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PropagationStore"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  deletePropagationStore: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Caller-chosen identifier of the business transaction this request belongs to. PingOne
         *     records it in audit activity so a transaction can be traced across calls.
         * @example checkout-7d1c2a
         */
        "X-Ping-External-Transaction-ID"?: components["parameters"]["X-Ping-External-Transaction-ID"];
        /**
         * @description Caller-chosen identifier of the user session this request belongs to, recorded in audit
         *     activity next to the transaction ID.
         * @example session-41f09b
         */
        "X-Ping-External-Session-ID"?: components["parameters"]["X-Ping-External-Session-ID"];
      };
      path: {
        /**
         * @description ID of the environment.
         * @example abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6
         */
        environmentID: components["parameters"]["environmentID"];
        /**
         * @description ID of the identity propagation store.
         * @example 4c7d38cf-e3dc-4210-a9c3-d19209333874
         */
        storeID: components["parameters"]["storeID"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: components["responses"]["NoContent"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  listApplications: {
    parameters: {
      query?: {
        /**
         * @description Largest number of items to return in one page. The service may return fewer; follow
         *     `_links.next` until it is absent rather than counting items.
         * @example 100
         */
        limit?: components["parameters"]["limit"];
        /**
         * @description Opaque position in a collection. It is part of the `_links.next.href` the service
         *     returns; clients should follow that link as given rather than build this value.
         */
        cursor?: components["parameters"]["cursor"];
      };
      header?: {
        /**
         * @description Caller-chosen identifier of the business transaction this request belongs to. PingOne
         *     records it in audit activity so a transaction can be traced across calls.
         * @example checkout-7d1c2a
         */
        "X-Ping-External-Transaction-ID"?: components["parameters"]["X-Ping-External-Transaction-ID"];
        /**
         * @description Caller-chosen identifier of the user session this request belongs to, recorded in audit
         *     activity next to the transaction ID.
         * @example session-41f09b
         */
        "X-Ping-External-Session-ID"?: components["parameters"]["X-Ping-External-Session-ID"];
      };
      path: {
        /**
         * @description ID of the environment.
         * @example abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6
         */
        environmentID: components["parameters"]["environmentID"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of applications. */
      200: {
        headers: {
          "Correlation-Id": components["headers"]["Correlation-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApplicationCollection"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  createApplication: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Caller-chosen identifier of the business transaction this request belongs to. PingOne
         *     records it in audit activity so a transaction can be traced across calls.
         * @example checkout-7d1c2a
         */
        "X-Ping-External-Transaction-ID"?: components["parameters"]["X-Ping-External-Transaction-ID"];
        /**
         * @description Caller-chosen identifier of the user session this request belongs to, recorded in audit
         *     activity next to the transaction ID.
         * @example session-41f09b
         */
        "X-Ping-External-Session-ID"?: components["parameters"]["X-Ping-External-Session-ID"];
      };
      path: {
        /**
         * @description ID of the environment.
         * @example abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6
         */
        environmentID: components["parameters"]["environmentID"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ApplicationInput"];
      };
    };
    responses: {
      /** @description The application was created. */
      201: {
        headers: {
          "Correlation-Id": components["headers"]["Correlation-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Application"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  readApplication: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Caller-chosen identifier of the business transaction this request belongs to. PingOne
         *     records it in audit activity so a transaction can be traced across calls.
         * @example checkout-7d1c2a
         */
        "X-Ping-External-Transaction-ID"?: components["parameters"]["X-Ping-External-Transaction-ID"];
        /**
         * @description Caller-chosen identifier of the user session this request belongs to, recorded in audit
         *     activity next to the transaction ID.
         * @example session-41f09b
         */
        "X-Ping-External-Session-ID"?: components["parameters"]["X-Ping-External-Session-ID"];
      };
      path: {
        /**
         * @description ID of the environment.
         * @example abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6
         */
        environmentID: components["parameters"]["environmentID"];
        /**
         * @description ID of the application.
         * @example 4b001fae-76c5-429e-8950-73ecd3b3ca0e
         */
        applicationID: components["parameters"]["applicationID"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The application. */
      200: {
        headers: {
          "Correlation-Id": components["headers"]["Correlation-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Application"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  updateApplication: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Caller-chosen identifier of the business transaction this request belongs to. PingOne
         *     records it in audit activity so a transaction can be traced across calls.
         * @example checkout-7d1c2a
         */
        "X-Ping-External-Transaction-ID"?: components["parameters"]["X-Ping-External-Transaction-ID"];
        /**
         * @description Caller-chosen identifier of the user session this request belongs to, recorded in audit
         *     activity next to the transaction ID.
         * @example session-41f09b
         */
        "X-Ping-External-Session-ID"?: components["parameters"]["X-Ping-External-Session-ID"];
      };
      path: {
        /**
         * @description ID of the environment.
         * @example abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6
         */
        environmentID: components["parameters"]["environmentID"];
        /**
         * @description ID of the application.
         * @example 4b001fae-76c5-429e-8950-73ecd3b3ca0e
         */
        applicationID: components["parameters"]["applicationID"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ApplicationInput"];
      };
    };
    responses: {
      /** @description The application after the change. */
      200: {
        headers: {
          "Correlation-Id": components["headers"]["Correlation-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Application"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  deleteApplication: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Caller-chosen identifier of the business transaction this request belongs to. PingOne
         *     records it in audit activity so a transaction can be traced across calls.
         * @example checkout-7d1c2a
         */
        "X-Ping-External-Transaction-ID"?: components["parameters"]["X-Ping-External-Transaction-ID"];
        /**
         * @description Caller-chosen identifier of the user session this request belongs to, recorded in audit
         *     activity next to the transaction ID.
         * @example session-41f09b
         */
        "X-Ping-External-Session-ID"?: components["parameters"]["X-Ping-External-Session-ID"];
      };
      path: {
        /**
         * @description ID of the environment.
         * @example abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6
         */
        environmentID: components["parameters"]["environmentID"];
        /**
         * @description ID of the application.
         * @example 4b001fae-76c5-429e-8950-73ecd3b3ca0e
         */
        applicationID: components["parameters"]["applicationID"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: components["responses"]["NoContent"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
}
