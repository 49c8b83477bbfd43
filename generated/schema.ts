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
         * @description Creates an application; `protocol` selects the variant. A SAML application needs
         *     `acsUrls`, `spEntityId` and `assertionDuration`; an OpenID Connect application needs
         *     `grantTypes` and `tokenEndpointAuthMethod`; a WS-Federation application needs
         *     `domainName`, `replyUrl` and `idpSigning`; an external link needs `homePageUrl`. The
         *     PingOne portal and self-service applications exist from the start and cannot be created
         *     (`type` `PING_ONE_PORTAL` or `PING_ONE_SELF_SERVICE` is rejected with 400).
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
         *     their defaults, so start from what a read returns. `type` and `protocol` must stay as
         *     they are. Every variant can be updated, the PingOne portal and self-service applications
         *     included (each with its own, smaller set of properties).
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
    "/environments/{environmentID}/applications/{applicationID}/secret": {
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
         * Read an application's secret
         * @description Returns the client secret of an OpenID Connect application, for example to configure it as
         *     `clientSecret` of an identity provider in another environment. Treat the response as a
         *     credential.
         */
        get: operations["readApplicationSecret"];
        put?: never;
        /**
         * Generate a new application secret
         * @description Replaces the client secret of an application with a new one and returns it. Give
         *     `previous.expiresAt` (at most 30 days ahead) to keep the replaced secret valid while clients
         *     move over; it is then returned as `previous` until it expires. Without it, the replaced secret
         *     stops working at once. Every client that authenticates with the secret (`CLIENT_SECRET_BASIC`,
         *     `CLIENT_SECRET_POST`, `CLIENT_SECRET_JWT`) must switch to the new one.
         */
        post: operations["rotateApplicationSecret"];
        /**
         * Revoke an application's previous secret
         * @description Ends the previous secret of an application now, before its `expiresAt`, once every client
         *     uses the new one. The current secret stays.
         */
        delete: operations["deletePreviousApplicationSecret"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/applications/{applicationID}/signOnPolicyAssignments": {
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
         * List an application's sign-on policy assignments
         * @description Returns the sign-on policies assigned to an application. With none, the application uses
         *     the environment's default policy; with several, they are tried in `priority` order until
         *     one succeeds.
         */
        get: operations["listSignOnPolicyAssignments"];
        put?: never;
        /**
         * Assign a sign-on policy to an application
         * @description Assigns a sign-on policy to an application at a priority. Both workflows end their setup
         *     this way: the SAML workflow for its SAML application, the external identity provider
         *     workflow for the OIDC application in the destination environment.
         */
        post: operations["createSignOnPolicyAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/applications/{applicationID}/signOnPolicyAssignments/{assignmentID}": {
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
                /**
                 * @description ID of the sign-on policy assignment.
                 * @example 6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d
                 */
                assignmentID: components["parameters"]["assignmentID"];
            };
            cookie?: never;
        };
        /**
         * Read a sign-on policy assignment
         * @description Returns one sign-on policy assignment of an application.
         */
        get: operations["readSignOnPolicyAssignment"];
        /**
         * Replace a sign-on policy assignment
         * @description Changes the priority of an assignment. `signOnPolicy.id` must be sent and must match the
         *     assigned policy.
         */
        put: operations["updateSignOnPolicyAssignment"];
        post?: never;
        /**
         * Remove a sign-on policy assignment
         * @description Removes a sign-on policy from an application. The policy itself stays.
         */
        delete: operations["deleteSignOnPolicyAssignment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/applications/{applicationID}/flowPolicyAssignments": {
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
         * List an application's flow policy assignments
         * @description Returns the DaVinci flow policies assigned to an application. With none, the application
         *     signs users on with sign-on policies; with several, they run in `priority` order until
         *     one succeeds.
         */
        get: operations["listFlowPolicyAssignments"];
        put?: never;
        /**
         * Assign a flow policy to an application
         * @description Assigns a DaVinci flow policy to an application at a priority. Read the environment's
         *     flow policies to find the ID.
         */
        post: operations["createFlowPolicyAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/applications/{applicationID}/flowPolicyAssignments/{flowPolicyAssignmentID}": {
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
                /**
                 * @description ID of the flow policy assignment.
                 * @example 6f778330-f4b2-4581-a50a-fa9ff988c658
                 */
                flowPolicyAssignmentID: components["parameters"]["flowPolicyAssignmentID"];
            };
            cookie?: never;
        };
        /**
         * Read a flow policy assignment
         * @description Returns one flow policy assignment of an application.
         */
        get: operations["readFlowPolicyAssignment"];
        /**
         * Replace a flow policy assignment
         * @description Replaces a flow policy assignment; both `flowPolicy` and `priority` are needed.
         */
        put: operations["updateFlowPolicyAssignment"];
        post?: never;
        /**
         * Delete a flow policy assignment
         * @description Removes a flow policy from an application. The flow policy itself stays.
         */
        delete: operations["deleteFlowPolicyAssignment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/flowPolicies": {
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
         * List flow policies
         * @description Returns the DaVinci flow policies of an environment, the IDs flow policy assignments
         *     take. An environment with DaVinci in its bill of materials has at least the default
         *     DaVinci application's policy; without DaVinci the list is empty.
         */
        get: operations["listFlowPolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/flowPolicies/{flowPolicyID}": {
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
                 * @description ID of the DaVinci flow policy (a 32-character hexadecimal string, not a UUID).
                 * @example 831534fda10cdc0d17b0188e31d1fd75
                 */
                flowPolicyID: components["parameters"]["flowPolicyID"];
            };
            cookie?: never;
        };
        /**
         * Read a flow policy
         * @description Returns one DaVinci flow policy of an environment.
         */
        get: operations["readFlowPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/groups": {
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
         * List groups
         * @description Returns the groups of an environment, environment-wide and population groups alike. Member
         *     counts other than `directMemberCounts` are not part of list results; read a single group
         *     with `include=totalMemberCounts` for the total.
         */
        get: operations["listGroups"];
        put?: never;
        /**
         * Create a group
         * @description Creates a group. A `userFilter` makes membership dynamic: every existing or later user that
         *     matches the SCIM filter becomes a member, and leaves when it stops matching. The SAML
         *     sign-on workflow creates such a group and restricts an application to it through the
         *     application's `accessControl.group`.
         */
        post: operations["createGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/groups/{groupID}": {
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
                 * @description ID of the group.
                 * @example e873973d-03ab-41c5-9c78-ca5cc51c8e99
                 */
                groupID: components["parameters"]["groupID"];
            };
            cookie?: never;
        };
        /**
         * Read a group
         * @description Returns one group. Add `include=totalMemberCounts` to get the number of all members,
         *     including those added by the `userFilter`.
         */
        get: operations["readGroup"];
        /**
         * Replace a group
         * @description Replaces the settings of a group. Properties left out are cleared; the population a group
         *     was created in cannot change. Changing the `userFilter` re-evaluates filter-based
         *     membership.
         */
        put: operations["updateGroup"];
        post?: never;
        /**
         * Delete a group
         * @description Deletes a group. Users stay; they lose the membership and the access it granted.
         */
        delete: operations["deleteGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/populations": {
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
         * List populations
         * @description Returns the populations of an environment. The `filter` supports only a name prefix
         *     (`name sw "..."`) and an exact ID.
         */
        get: operations["listPopulations"];
        put?: never;
        /**
         * Create a population
         * @description Creates a population. Users must belong to a population; new users without one go to the
         *     environment's default population. Set `default` to make the new one the default.
         */
        post: operations["createPopulation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/populations/{populationID}": {
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
                 * @description ID of the population.
                 * @example 7c5e4d3b-2a19-4f08-9e7d-6c5b4a392817
                 */
                populationID: components["parameters"]["populationID"];
            };
            cookie?: never;
        };
        /**
         * Read a population
         * @description Returns one population, including how many users it has.
         */
        get: operations["readPopulation"];
        /**
         * Replace a population
         * @description Replaces the settings of a population. Leaving out `passwordPolicy` or `theme` returns the
         *     population to the environment's defaults.
         */
        put: operations["updatePopulation"];
        post?: never;
        /**
         * Delete a population
         * @description Deletes a population. Only an empty population that is not the environment's default can
         *     be deleted; check `userCount` and `default` first.
         */
        delete: operations["deletePopulation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/users": {
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
         * List users
         * @description Returns the users of an environment. Use `filter` to search, for example by username or by
         *     group membership (`memberOfGroups[id eq "..."]`).
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user
         * @description Creates a user in a population (the environment's default population when none is given).
         *     Groups whose `userFilter` matches the new user pick it up automatically. Set a password
         *     afterwards with `setUserPassword`, or include an initial one here.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/users/{userID}": {
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
                 * @description ID of the user.
                 * @example d4e5f6a7-b8c9-4dae-8f01-23456789abcd
                 */
                userID: components["parameters"]["userID"];
            };
            cookie?: never;
        };
        /**
         * Read a user
         * @description Returns one user.
         */
        get: operations["readUser"];
        put?: never;
        post?: never;
        /**
         * Delete a user
         * @description Deletes a user. The user can no longer sign on, and loses all group memberships.
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/users/{userID}/password": {
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
                 * @description ID of the user.
                 * @example d4e5f6a7-b8c9-4dae-8f01-23456789abcd
                 */
                userID: components["parameters"]["userID"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Set a user's password
         * @description Sets a user's password as an administrator, without knowing the current one. The body is
         *     sent with the media type `application/vnd.pingidentity.password.set+json`; the same path
         *     serves other password operations under other media types, which this description does not
         *     cover.
         */
        put: operations["setUserPassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/identityProviders": {
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
         * List identity providers
         * @description Returns the external identity providers of an environment. Every type can appear, so expect
         *     variants other than OpenID Connect and SAML.
         */
        get: operations["listIdentityProviders"];
        put?: never;
        /**
         * Create an identity provider
         * @description Adds an external identity provider; `type` selects the variant. The service also creates
         *     the core `username` attribute mapping (for OpenID Connect `${providerAttributes.sub}`, for
         *     SAML `${samlAssertion.subject}`); ask for `expand=attributes` to get it in the response. In
         *     the external identity provider workflow, the provider is another PingOne environment: its
         *     OIDC application's ID and secret become `clientId` and `clientSecret`, and its `/as/...`
         *     endpoints the provider endpoints.
         */
        post: operations["createIdentityProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/identityProviders/{identityProviderID}": {
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
                 * @description ID of the external identity provider.
                 * @example 3f8d2c1b-5a6e-4d7f-8c9b-0a1e2d3c4b5a
                 */
                identityProviderID: components["parameters"]["identityProviderID"];
            };
            cookie?: never;
        };
        /**
         * Read an identity provider
         * @description Returns one identity provider. Secrets are not returned.
         */
        get: operations["readIdentityProvider"];
        /**
         * Replace an identity provider
         * @description Replaces the settings of an identity provider. Send the complete configuration, including
         *     the client secret; `type` must stay as it is. When the secret is rotated at the provider,
         *     update it here as well.
         */
        put: operations["updateIdentityProvider"];
        post?: never;
        /**
         * Delete an identity provider
         * @description Deletes an identity provider and its attribute mappings. Users linked to it can no longer
         *     sign on through it.
         */
        delete: operations["deleteIdentityProvider"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/identityProviders/{identityProviderID}/attributes": {
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
                 * @description ID of the external identity provider.
                 * @example 3f8d2c1b-5a6e-4d7f-8c9b-0a1e2d3c4b5a
                 */
                identityProviderID: components["parameters"]["identityProviderID"];
            };
            cookie?: never;
        };
        /**
         * List attribute mappings
         * @description Returns the attribute mappings of an identity provider, including the core `username`
         *     mapping.
         */
        get: operations["listIdentityProviderAttributes"];
        put?: never;
        /**
         * Create an attribute mapping
         * @description Maps a value returned by the identity provider to a PingOne user attribute. The value is a
         *     placeholder such as `${providerAttributes.email}`; for SAML providers any attribute of the
         *     assertion can be named.
         */
        post: operations["createIdentityProviderAttribute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/identityProviders/{identityProviderID}/attributes/{attributeID}": {
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
                 * @description ID of the external identity provider.
                 * @example 3f8d2c1b-5a6e-4d7f-8c9b-0a1e2d3c4b5a
                 */
                identityProviderID: components["parameters"]["identityProviderID"];
                /**
                 * @description ID of the attribute mapping.
                 * @example 8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968
                 */
                attributeID: components["parameters"]["attributeID"];
            };
            cookie?: never;
        };
        /**
         * Read an attribute mapping
         * @description Returns one attribute mapping.
         */
        get: operations["readIdentityProviderAttribute"];
        /**
         * Replace an attribute mapping
         * @description Replaces an attribute mapping. For the core `username` mapping only the value can change.
         */
        put: operations["updateIdentityProviderAttribute"];
        post?: never;
        /**
         * Delete an attribute mapping
         * @description Deletes a custom attribute mapping. The core mapping cannot be deleted.
         */
        delete: operations["deleteIdentityProviderAttribute"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/signOnPolicies": {
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
         * List sign-on policies
         * @description Returns the sign-on policies of an environment, including the predefined ones such as
         *     `Single_Factor` and `Multi_Factor`.
         */
        get: operations["listSignOnPolicies"];
        put?: never;
        /**
         * Create a sign-on policy
         * @description Creates an empty sign-on policy; add actions to it next. A policy cannot be created as the
         *     environment's default: make it the default afterwards with `updateSignOnPolicy`, or assign
         *     it to applications with `createSignOnPolicyAssignment`.
         */
        post: operations["createSignOnPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/signOnPolicies/{signOnPolicyID}": {
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
                 * @description ID of the sign-on policy.
                 * @example 5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f
                 */
                signOnPolicyID: components["parameters"]["signOnPolicyID"];
            };
            cookie?: never;
        };
        /**
         * Read a sign-on policy
         * @description Returns one sign-on policy. Its actions are listed with `listSignOnPolicyActions`.
         */
        get: operations["readSignOnPolicy"];
        /**
         * Replace a sign-on policy
         * @description Replaces the name, description and default flag of a sign-on policy. Setting `default` to
         *     `true` makes it the environment's default and clears the flag on the previous default; the
         *     external identity provider workflow does this in the destination environment.
         */
        put: operations["updateSignOnPolicy"];
        post?: never;
        /**
         * Delete a sign-on policy
         * @description Deletes a sign-on policy with its actions. Applications that had it assigned fall back to
         *     their other assignments, or to the environment's default policy.
         */
        delete: operations["deleteSignOnPolicy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/signOnPolicies/{signOnPolicyID}/actions": {
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
                 * @description ID of the sign-on policy.
                 * @example 5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f
                 */
                signOnPolicyID: components["parameters"]["signOnPolicyID"];
            };
            cookie?: never;
        };
        /**
         * List sign-on policy actions
         * @description Returns the actions of a sign-on policy. Every action type can appear, so expect variants
         *     other than login and identity provider actions.
         */
        get: operations["listSignOnPolicyActions"];
        put?: never;
        /**
         * Create a sign-on policy action
         * @description Adds an action to a sign-on policy; `type` selects the variant. `priority` orders the
         *     actions (1 first) and `condition` decides when an action applies. A policy holds at most 20
         *     actions. The SAML sign-on workflow adds a `LOGIN` action; the external identity provider
         *     workflow adds an `IDENTITY_PROVIDER` action that sends users to the provider.
         */
        post: operations["createSignOnPolicyAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/signOnPolicies/{signOnPolicyID}/actions/{actionID}": {
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
                 * @description ID of the sign-on policy.
                 * @example 5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f
                 */
                signOnPolicyID: components["parameters"]["signOnPolicyID"];
                /**
                 * @description ID of the sign-on policy action.
                 * @example 0f1e2d3c-4b5a-4697-8877-66554433aa22
                 */
                actionID: components["parameters"]["actionID"];
            };
            cookie?: never;
        };
        /**
         * Read a sign-on policy action
         * @description Returns one action of a sign-on policy.
         */
        get: operations["readSignOnPolicyAction"];
        /**
         * Replace a sign-on policy action
         * @description Replaces an action. Send all of its settings; `type` must stay as it is.
         */
        put: operations["updateSignOnPolicyAction"];
        post?: never;
        /**
         * Delete a sign-on policy action
         * @description Removes an action from a sign-on policy. A policy assigned to applications should keep at
         *     least one action.
         */
        delete: operations["deleteSignOnPolicyAction"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/applications/{applicationID}/attributes": {
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
         * List an application's attribute mappings
         * @description Returns the attribute mappings of an application, core and scope-based ones included.
         */
        get: operations["listApplicationAttributeMappings"];
        put?: never;
        /**
         * Create an application attribute mapping
         * @description Adds a claim (OpenID Connect) or assertion attribute (SAML) to what the application
         *     receives, with its value taken from the user.
         */
        post: operations["createApplicationAttributeMapping"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/applications/{applicationID}/attributes/{attrMappingID}": {
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
                /**
                 * @description ID of the application's attribute mapping.
                 * @example 18d4b06c-f8f3-4064-a2c4-0db80250fb5f
                 */
                attrMappingID: components["parameters"]["attrMappingID"];
            };
            cookie?: never;
        };
        /**
         * Read an application attribute mapping
         * @description Returns one attribute mapping of an application.
         */
        get: operations["readApplicationAttributeMapping"];
        /**
         * Replace an application attribute mapping
         * @description Replaces an attribute mapping. Core and scope mappings keep their name; only their values change.
         */
        put: operations["updateApplicationAttributeMapping"];
        post?: never;
        /**
         * Delete an application attribute mapping
         * @description Deletes a custom attribute mapping; core and scope mappings cannot be deleted.
         */
        delete: operations["deleteApplicationAttributeMapping"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/applications/{applicationID}/grants": {
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
         * List an application's resource grants
         * @description Returns the resource access grants of an application: the scopes it may request, per
         *     resource. Applications of type `PING_ONE_ADMIN_CONSOLE` and `PING_ONE_SELF_SERVICE` answer 404.
         */
        get: operations["listApplicationGrants"];
        put?: never;
        /**
         * Create a resource grant
         * @description Grants an application scopes of one resource. Every scope must belong to that resource: a
         *     scope of another resource, or an unknown resource or scope, is rejected with 400 naming it.
         *     An application has at most one grant per resource.
         */
        post: operations["createApplicationGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/applications/{applicationID}/grants/{grantID}": {
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
                /**
                 * @description ID of the application's resource access grant.
                 * @example c95c0f55-524c-4b7e-bbab-07ba2c47aa93
                 */
                grantID: components["parameters"]["grantID"];
            };
            cookie?: never;
        };
        /**
         * Read a resource grant
         * @description Returns one resource access grant of an application.
         */
        get: operations["readApplicationGrant"];
        /**
         * Replace a resource grant
         * @description Replaces the scopes of a grant. The resource stays the one the grant was created for, and
         *     every scope must belong to it.
         */
        put: operations["updateApplicationGrant"];
        post?: never;
        /**
         * Delete a resource grant
         * @description Removes a grant: the application can no longer request that resource's scopes.
         */
        delete: operations["deleteApplicationGrant"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/resources": {
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
         * List resources
         * @description Returns the resources of an environment: the built-in `openid` (`OPENID_CONNECT`) and
         *     `PingOne API` (`PINGONE_API`) resources and every custom one. Look a resource up here to get
         *     the ID its scopes and grants need.
         */
        get: operations["listResources"];
        put?: never;
        /**
         * Create a resource
         * @description Creates a custom resource: an API of your own that PingOne issues access tokens for. Add
         *     its scopes and attributes next, then grant applications scopes of it. The built-in resources
         *     cannot be created.
         */
        post: operations["createResource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/resources/{resourceID}": {
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
                 * @description ID of the resource (the protected API).
                 * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
                 */
                resourceID: components["parameters"]["resourceID"];
            };
            cookie?: never;
        };
        /**
         * Read a resource
         * @description Returns one resource, built-in or custom.
         */
        get: operations["readResource"];
        /**
         * Replace a resource
         * @description Replaces the settings of a resource. Properties left out are cleared or return to their
         *     defaults (`accessTokenValiditySeconds` to 3600); the type cannot change.
         */
        put: operations["updateResource"];
        post?: never;
        /**
         * Delete a resource
         * @description Deletes a custom resource together with its scopes, attributes, secret and application
         *     resources. Built-in resources cannot be deleted.
         */
        delete: operations["deleteResource"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/resources/{resourceID}/scopes": {
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
                 * @description ID of the resource (the protected API).
                 * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
                 */
                resourceID: components["parameters"]["resourceID"];
            };
            cookie?: never;
        };
        /**
         * List a resource's scopes
         * @description Returns the scopes of a resource, for example to find the IDs a grant needs.
         */
        get: operations["listResourceScopes"];
        put?: never;
        /**
         * Create a scope
         * @description Adds a scope to the resource in the path. The scope belongs to that resource: grants can
         *     only name it together with this resource, and it goes when the resource is deleted.
         */
        post: operations["createResourceScope"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/resources/{resourceID}/scopes/{scopeID}": {
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
                 * @description ID of the resource (the protected API).
                 * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
                 */
                resourceID: components["parameters"]["resourceID"];
                /**
                 * @description ID of the resource scope.
                 * @example 18725af1-828f-4e60-afc1-4a7092eb275a
                 */
                scopeID: components["parameters"]["scopeID"];
            };
            cookie?: never;
        };
        /**
         * Read a scope
         * @description Returns one scope of a resource.
         */
        get: operations["readResourceScope"];
        /**
         * Replace a scope
         * @description Replaces the name, description and claims of a scope. Properties left out are cleared.
         */
        put: operations["updateResourceScope"];
        post?: never;
        /**
         * Delete a scope
         * @description Deletes a scope. Applications can no longer request it.
         */
        delete: operations["deleteResourceScope"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/resources/{resourceID}/attributes": {
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
                 * @description ID of the resource (the protected API).
                 * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
                 */
                resourceID: components["parameters"]["resourceID"];
            };
            cookie?: never;
        };
        /**
         * List a resource's attributes
         * @description Returns the attributes of a resource: the claims PingOne puts in its access tokens, core ones included.
         */
        get: operations["listResourceAttributes"];
        put?: never;
        /**
         * Create a resource attribute
         * @description Adds a claim to the resource's access tokens, with a static value or a value computed from
         *     the user (`${user.email}`). Names must be unique in the resource and not reserved.
         */
        post: operations["createResourceAttribute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/resources/{resourceID}/attributes/{resourceAttrID}": {
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
                 * @description ID of the resource (the protected API).
                 * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
                 */
                resourceID: components["parameters"]["resourceID"];
                /**
                 * @description ID of the resource attribute (an access token claim).
                 * @example 579dc6f8-bf83-43ae-816c-324506b5de21
                 */
                resourceAttrID: components["parameters"]["resourceAttrID"];
            };
            cookie?: never;
        };
        /**
         * Read a resource attribute
         * @description Returns one attribute of a resource.
         */
        get: operations["readResourceAttribute"];
        /**
         * Replace a resource attribute
         * @description Replaces the name, value and delivery of a resource attribute. Core attributes keep their name.
         */
        put: operations["updateResourceAttribute"];
        post?: never;
        /**
         * Delete a resource attribute
         * @description Deletes a custom resource attribute. Core and predefined attributes cannot be deleted.
         */
        delete: operations["deleteResourceAttribute"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/resources/{resourceID}/secret": {
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
                 * @description ID of the resource (the protected API).
                 * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
                 */
                resourceID: components["parameters"]["resourceID"];
            };
            cookie?: never;
        };
        /**
         * Read a resource's secret
         * @description Returns the client secret of a custom resource, and the previous one while it is still
         *     valid. Only actors with at least the resource's role assignments may read it. Treat the
         *     response as a credential.
         */
        get: operations["readResourceSecret"];
        put?: never;
        /**
         * Generate a new resource secret
         * @description Replaces the client secret of a custom resource with a new one. Give `previous.expiresAt`
         *     to keep the replaced secret valid for up to 30 days; without it, the replaced secret stops
         *     working at once. Built-in resources answer 404.
         */
        post: operations["rotateResourceSecret"];
        /**
         * Revoke a resource's previous secret
         * @description Ends the previous secret of a resource now, before its `expiresAt`. The current secret stays.
         */
        delete: operations["deletePreviousResourceSecret"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/resources/{resourceID}/applicationResources": {
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
                 * @description ID of the resource (the protected API).
                 * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
                 */
                resourceID: components["parameters"]["resourceID"];
            };
            cookie?: never;
        };
        /**
         * List a resource's application resources
         * @description Returns the application resources defined on a custom resource.
         */
        get: operations["listApplicationResources"];
        put?: never;
        /**
         * Create an application resource
         * @description Defines an application resource on the resource in the path: a part of your application
         *     that PingOne Authorize application permissions and roles refer to. An environment holds up to
         *     128 of them.
         */
        post: operations["createApplicationResource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/resources/{resourceID}/applicationResources/{applicationResourceID}": {
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
                 * @description ID of the resource (the protected API).
                 * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
                 */
                resourceID: components["parameters"]["resourceID"];
                /**
                 * @description ID of the application resource.
                 * @example 2f4d1a6e-8b3c-4e57-9a1d-6c0b7e2f3a94
                 */
                applicationResourceID: components["parameters"]["applicationResourceID"];
            };
            cookie?: never;
        };
        /**
         * Read an application resource
         * @description Returns one application resource.
         */
        get: operations["readApplicationResource"];
        /**
         * Replace an application resource
         * @description Replaces the name and description of an application resource. A description left out is cleared.
         */
        put: operations["updateApplicationResource"];
        post?: never;
        /**
         * Delete an application resource
         * @description Deletes an application resource and the permissions defined on it.
         */
        delete: operations["deleteApplicationResource"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/resources/{resourceID}/applicationPermissions": {
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
                 * @description ID of the resource (the protected API).
                 * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
                 */
                resourceID: components["parameters"]["resourceID"];
            };
            cookie?: never;
        };
        /**
         * List a resource's application permissions
         * @description Returns the application permissions of every application resource defined on the
         *     resource in the path. Permissions themselves are created and changed through PingOne
         *     Authorize.
         */
        get: operations["listResourceApplicationPermissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/schemas": {
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
         * List schemas
         * @description Returns the resource schemas of an environment. Today that is always one schema, `User`,
         *     which PingOne creates with the environment; its ID is what the attribute operations need.
         */
        get: operations["listSchemas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/schemas/{schemaID}": {
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
                 * @description ID of the schema. Every environment has one, named `User`; list the schemas to find its ID.
                 * @example 6497b7af-99d1-4217-8a82-057fcc3b7401
                 */
                schemaID: components["parameters"]["schemaID"];
            };
            cookie?: never;
        };
        /**
         * Read a schema
         * @description Returns one schema. With `expand=attributes` the response also carries every attribute of
         *     the schema under `_embedded.attributes`.
         */
        get: operations["readSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/schemas/{schemaID}/attributes": {
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
                 * @description ID of the schema. Every environment has one, named `User`; list the schemas to find its ID.
                 * @example 6497b7af-99d1-4217-8a82-057fcc3b7401
                 */
                schemaID: components["parameters"]["schemaID"];
            };
            cookie?: never;
        };
        /**
         * List schema attributes
         * @description Returns every attribute of a schema: the built-in core and standard attributes and the
         *     custom ones administrators added, enabled or not.
         */
        get: operations["listSchemaAttributes"];
        put?: never;
        /**
         * Create a schema attribute
         * @description Adds a custom attribute to the user schema. Users can then carry a value for it (an
         *     array when `multiValued` is true). Only `STRING` and `JSON` attributes can be created.
         */
        post: operations["createSchemaAttribute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/schemas/{schemaID}/attributes/{attributeID}": {
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
                 * @description ID of the schema. Every environment has one, named `User`; list the schemas to find its ID.
                 * @example 6497b7af-99d1-4217-8a82-057fcc3b7401
                 */
                schemaID: components["parameters"]["schemaID"];
                /**
                 * @description ID of the schema attribute (an attribute of the user schema, not an identity provider's attribute mapping).
                 * @example 5c1e8a4f-2d7b-4e93-a6c0-9f3b7d21e845
                 */
                attributeID: components["parameters"]["schemaAttributeID"];
            };
            cookie?: never;
        };
        /**
         * Read a schema attribute
         * @description Returns one attribute of a schema.
         */
        get: operations["readSchemaAttribute"];
        /**
         * Replace a schema attribute
         * @description Replaces an attribute's settings; optional properties left out are removed. Core attributes
         *     cannot be changed, standard ones only in `enabled` and `unique`, custom ones in everything but
         *     `name` and `type`. `multiValued` can only go from `false` to `true`.
         */
        put: operations["updateSchemaAttribute"];
        post?: never;
        /**
         * Delete a schema attribute
         * @description Deletes a custom attribute. Core and standard attributes cannot be deleted. When the
         *     environment has used up its 100 custom attributes of a type, the slot of a deleted one only
         *     frees up once its values have been removed from every user.
         */
        delete: operations["deleteSchemaAttribute"];
        options?: never;
        head?: never;
        /**
         * Update a schema attribute
         * @description Changes only the properties sent; the others keep their values. The same limits as for a
         *     replacement apply.
         */
        patch: operations["patchSchemaAttribute"];
        trace?: never;
    };
    "/environments/{environmentID}/passwordPolicies": {
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
         * List password policies
         * @description Returns the password policies of an environment, including the three built-in ones
         *     (`Standard`, `Passphrase`, `Basic`).
         */
        get: operations["listPasswordPolicies"];
        put?: never;
        /**
         * Create a password policy
         * @description Creates a password policy. Assign it to populations (their `passwordPolicy`) or make it
         *     the environment's default with `default: true`.
         */
        post: operations["createPasswordPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/passwordPolicies/{passwordPolicyID}": {
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
                 * @description ID of the password policy.
                 * @example 9ad15e9e-3ac6-43f7-a053-d46b87d2de4a
                 */
                passwordPolicyID: components["parameters"]["passwordPolicyID"];
            };
            cookie?: never;
        };
        /**
         * Read a password policy
         * @description Returns one password policy.
         */
        get: operations["readPasswordPolicy"];
        /**
         * Replace a password policy
         * @description Replaces a password policy. Rules left out are switched off. Setting `default: true` makes
         *     it the environment's default and clears the flag on the previous default.
         */
        put: operations["updatePasswordPolicy"];
        post?: never;
        /**
         * Delete a password policy
         * @description Deletes a password policy. The environment's default policy and policies a population
         *     uses cannot be deleted.
         */
        delete: operations["deletePasswordPolicy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/agreements": {
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
         * List agreements
         * @description Returns the agreements of an environment.
         */
        get: operations["listAgreements"];
        put?: never;
        /**
         * Create an agreement
         * @description Creates an agreement. Create it disabled, add a language for the environment's default
         *     language and a revision, enable the language, then enable the agreement.
         */
        post: operations["createAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/agreements/{agreementID}": {
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
                 * @description ID of the agreement (terms of service or similar) users consent to.
                 * @example 49d7aa39-41a0-4a6d-bafd-84cc5abf98f5
                 */
                agreementID: components["parameters"]["agreementID"];
            };
            cookie?: never;
        };
        /**
         * Read an agreement
         * @description Returns one agreement, with its consent counts.
         */
        get: operations["readAgreement"];
        /**
         * Replace an agreement
         * @description Replaces an agreement's settings. Enabling needs an enabled language for the environment's
         *     default language; an agreement used by a sign-on policy action cannot be disabled.
         */
        put: operations["updateAgreement"];
        post?: never;
        /**
         * Delete an agreement
         * @description Deletes an agreement together with its languages and their revisions.
         */
        delete: operations["deleteAgreement"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/agreements/{agreementID}/languages": {
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
                 * @description ID of the agreement (terms of service or similar) users consent to.
                 * @example 49d7aa39-41a0-4a6d-bafd-84cc5abf98f5
                 */
                agreementID: components["parameters"]["agreementID"];
            };
            cookie?: never;
        };
        /**
         * List agreement languages
         * @description Returns the languages an agreement is available in.
         */
        get: operations["listAgreementLanguages"];
        put?: never;
        /**
         * Create an agreement language
         * @description Adds a language to an agreement. The locale must be a language of the environment. The new
         *     language is disabled until it has a revision and is enabled with a replacement.
         */
        post: operations["createAgreementLanguage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/agreements/{agreementID}/languages/{languageID}": {
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
                 * @description ID of the agreement (terms of service or similar) users consent to.
                 * @example 49d7aa39-41a0-4a6d-bafd-84cc5abf98f5
                 */
                agreementID: components["parameters"]["agreementID"];
                /**
                 * @description ID of the agreement language (one locale's version of an agreement), not of an environment language.
                 * @example 7e156496-4e67-4adc-a139-ebbbbe2c1aea
                 */
                languageID: components["parameters"]["agreementLanguageID"];
            };
            cookie?: never;
        };
        /**
         * Read an agreement language
         * @description Returns one language of an agreement, with its current revision.
         */
        get: operations["readAgreementLanguage"];
        /**
         * Replace an agreement language
         * @description Replaces a language's settings, for example to enable it once it has a revision with
         *     content.
         */
        put: operations["updateAgreementLanguage"];
        post?: never;
        /**
         * Delete an agreement language
         * @description Deletes a language of an agreement together with its revisions.
         */
        delete: operations["deleteAgreementLanguage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/agreements/{agreementID}/languages/{languageID}/revisions": {
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
                 * @description ID of the agreement (terms of service or similar) users consent to.
                 * @example 49d7aa39-41a0-4a6d-bafd-84cc5abf98f5
                 */
                agreementID: components["parameters"]["agreementID"];
                /**
                 * @description ID of the agreement language (one locale's version of an agreement), not of an environment language.
                 * @example 7e156496-4e67-4adc-a139-ebbbbe2c1aea
                 */
                languageID: components["parameters"]["agreementLanguageID"];
            };
            cookie?: never;
        };
        /**
         * List agreement revisions
         * @description Returns the revisions of an agreement language, without their text.
         */
        get: operations["listAgreementRevisions"];
        put?: never;
        /**
         * Create an agreement revision
         * @description Adds a revision (a dated text) to an agreement language. Revisions cannot be changed: to
         *     change the text, add a revision. The response leaves the text out; `_links.text` points at
         *     it. `effectiveAt` must not lie in the past; check the clock of the machine that computes it.
         */
        post: operations["createAgreementRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/agreements/{agreementID}/languages/{languageID}/revisions/{revisionID}": {
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
                 * @description ID of the agreement (terms of service or similar) users consent to.
                 * @example 49d7aa39-41a0-4a6d-bafd-84cc5abf98f5
                 */
                agreementID: components["parameters"]["agreementID"];
                /**
                 * @description ID of the agreement language (one locale's version of an agreement), not of an environment language.
                 * @example 7e156496-4e67-4adc-a139-ebbbbe2c1aea
                 */
                languageID: components["parameters"]["agreementLanguageID"];
                /**
                 * @description ID of the agreement revision (one dated version of a language's agreement text).
                 * @example aab73d8e-5c21-4f6b-9d0e-3b7a1c9f2e46
                 */
                revisionID: components["parameters"]["agreementRevisionID"];
            };
            cookie?: never;
        };
        /**
         * Read an agreement revision
         * @description Returns one revision of an agreement language, without its text.
         */
        get: operations["readAgreementRevision"];
        put?: never;
        post?: never;
        /**
         * Delete an agreement revision
         * @description Deletes a revision that has not become effective yet. Effective revisions cannot be
         *     deleted, so that the consents given to them keep their meaning.
         */
        delete: operations["deleteAgreementRevision"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/users/{userID}/agreementConsents": {
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
                 * @description ID of the user.
                 * @example d4e5f6a7-b8c9-4dae-8f01-23456789abcd
                 */
                userID: components["parameters"]["userID"];
            };
            cookie?: never;
        };
        /**
         * List a user's agreement consents
         * @description Returns the user's current consent state for each agreement; only the latest consent is kept.
         */
        get: operations["listUserAgreementConsents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/environments/{environmentID}/users/{userID}/agreementConsents/{agreementID}": {
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
                 * @description ID of the user.
                 * @example d4e5f6a7-b8c9-4dae-8f01-23456789abcd
                 */
                userID: components["parameters"]["userID"];
                /**
                 * @description ID of the agreement (terms of service or similar) users consent to.
                 * @example 49d7aa39-41a0-4a6d-bafd-84cc5abf98f5
                 */
                agreementID: components["parameters"]["agreementID"];
            };
            cookie?: never;
        };
        /**
         * Read a user's consent to an agreement
         * @description Returns the user's current consent state for one agreement.
         */
        get: operations["readUserAgreementConsent"];
        put?: never;
        /**
         * Accept or revoke an agreement for a user
         * @description Records a consent decision on the user's behalf; the media type selects the action.
         *     `application/vnd.pingidentity.consent.accept+json` accepts the agreement in a language and
         *     revision (also the way to import consents given elsewhere, with their original
         *     `consentedAt`); `application/vnd.pingidentity.consent.revoke+json` withdraws the consent,
         *     which sets the state back to `PENDING`. The agreement, language and revision must exist.
         */
        post: operations["changeUserAgreementConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationID}/licenses": {
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
                 * @description ID of the organization. The environments' `organization.id` holds it.
                 * @example bed432e6-676a-4ebe-b5a5-6b3b54e46bda
                 */
                organizationID: components["parameters"]["organizationID"];
            };
            cookie?: never;
        };
        /**
         * List licenses
         * @description Returns the licenses of an organization. An organization can hold several, even several
         *     active ones; each environment uses exactly one. Filter by `status` or `beginsAt` and sort by
         *     `beginsAt` to find the one to create environments with.
         */
        get: operations["listLicenses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationID}/licenses/{licenseID}": {
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
                 * @description ID of the organization. The environments' `organization.id` holds it.
                 * @example bed432e6-676a-4ebe-b5a5-6b3b54e46bda
                 */
                organizationID: components["parameters"]["organizationID"];
                /**
                 * @description ID of the license.
                 * @example 57f0efac-37d9-4a17-8a35-196bb3362983
                 */
                licenseID: components["parameters"]["licenseID"];
            };
            cookie?: never;
        };
        /**
         * Read a license
         * @description Returns one license with its entitlements.
         */
        get: operations["readLicense"];
        put?: never;
        post?: never;
        delete?: never;
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
        ProductType: "PING_ONE_BASE" | "PING_ONE_MFA" | "PING_ONE_RISK" | "PING_ONE_VERIFY" | "PING_ONE_CREDENTIALS" | "PING_ONE_AUTHORIZE" | "PING_ONE_DAVINCI" | "PING_ONE_PROVISIONING" | "PING_ONE_FRAUD" | "PING_ONE_ID" | "PING_ONE_ORCHESTRATE" | "PING_ONE_FOR_ENTERPRISE" | "PING_ONE_FOR_SAAS" | "PING_ONE_LEGACY" | "PING_ID" | "PING_ID_SDK" | "PING_FEDERATE" | "PING_ACCESS" | "PING_DIRECTORY" | "PING_DATA_SYNC" | "PING_DATA_GOVERNANCE" | "PING_AUTHORIZE" | "PING_CENTRAL" | "PING_INTELLIGENCE" | "IDENTITY_CLOUD";
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
            status?: components["schemas"]["EnvironmentStatus"] | null | (string & {});
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
        ErrorCode: "INVALID_DATA" | "INVALID_REQUEST" | "REQUEST_FAILED" | "ACCESS_FAILED" | "NOT_FOUND" | "REQUEST_LIMITED" | "UNEXPECTED_ERROR";
        /**
         * @description Detail codes PingOne is known to return inside `details`.
         * @enum {string}
         */
        ErrorDetailCode: "INVALID_VALUE" | "REQUIRED_VALUE" | "EMPTY_VALUE" | "INVALID_FILTER" | "INVALID_PARAMETER" | "OUT_OF_RANGE" | "SIZE_LIMIT_EXCEEDED" | "UNIQUENESS_VIOLATION" | "CONSTRAINT_VIOLATION" | "INSUFFICIENT_PERMISSIONS" | "INVALID_TOKEN" | "LICENSE_EXCEEDED" | "LIMIT_EXCEEDED" | "QUOTA_EXCEEDED" | "ACCOUNT_NOT_USABLE" | "INVALID_OTP" | "MFA_AUTH_METHODS_CONFLICT" | "NO_PASSWORD";
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
        /** @description A reference to another resource by its ID, as a request sends it (nothing but the ID). */
        ResourceRefInput: {
            /**
             * Format: uuid
             * @description ID of the referenced resource.
             */
            id: string;
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
            license?: components["schemas"]["ResourceRefInput"];
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
            license?: components["schemas"]["ResourceRefInput"];
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
        PingOneStoreRegion: "North America" | "Europe" | "Canada" | "Australia" | "Singapore" | "Asia Pacific" | "NA" | "EU" | "CA" | "AU" | "SG" | "AP";
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
            MFA_USER_DEVICE_MANAGEMENT?: "Merge with devices in PingOne" | "Overwrite devices in PingOne" | (string & {});
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
        OtherPropagationStoreType: "Aquera" | "AzureActiveDirectorySAML2" | "directory" | "GitHubEMU" | "GoogleApps" | "LdapGateway" | "Salesforce" | "SalesforceContacts" | "scim" | "ServiceNow" | "Slack" | "Workday" | "Zoom";
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
        PropagationStore: components["schemas"]["PingOnePropagationStore"] | components["schemas"]["OtherPropagationStore"];
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
            MFA_USER_DEVICE_MANAGEMENT?: "Merge with devices in PingOne" | "Overwrite devices in PingOne";
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
            type: "Aquera" | "AzureActiveDirectorySAML2" | "directory" | "GitHubEMU" | "GoogleApps" | "LdapGateway" | "Salesforce" | "SalesforceContacts" | "scim" | "ServiceNow" | "Slack" | "Workday" | "Zoom";
        };
        /**
         * @description An identity store to create, or its complete new state (PUT). `type` selects the variant;
         *     the PingOne store's configuration is described in full.
         */
        PropagationStoreInput: components["schemas"]["PingOnePropagationStoreInput"] | components["schemas"]["OtherPropagationStoreInput"];
        /**
         * @description Kind of client the application is. The `PING_ONE_*` types are the platform's own
         *     applications, created with the environment.
         * @enum {string}
         */
        ApplicationType: "WEB_APP" | "NATIVE_APP" | "SINGLE_PAGE_APP" | "WORKER" | "SERVICE" | "CUSTOM_APP" | "PING_ONE_SELF_SERVICE" | "PING_ONE_ADMIN_CONSOLE" | "PING_ONE_PORTAL" | "TEMPLATE_APP" | "PORTAL_LINK_APP";
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
        SigningAlgorithm: "SHA256withRSA" | "SHA384withRSA" | "SHA512withRSA" | "SHA256withECDSA" | "SHA384withECDSA" | "SHA512withECDSA";
        /** @description Which browser origins may send cross-origin (CORS) requests on behalf of the application. */
        ApplicationCorsSettings: {
            /** @description `ALLOW_NO_ORIGINS` rejects every CORS request; `ALLOW_SPECIFIC_ORIGINS` accepts only those from `origins`. */
            behavior: "ALLOW_NO_ORIGINS" | "ALLOW_SPECIFIC_ORIGINS" | (string & {});
            /** @description Accepted origins. */
            origins?: string[];
        };
        /** @description The Integration Catalog entry the application is built from, and its settings. */
        ApplicationTemplate: {
            /** @description The integration in the Integration Catalog. */
            integration?: components["schemas"]["ResourceRef"];
            /** @description The version of that integration. */
            version?: components["schemas"]["ResourceRef"];
            /** @description Values of the parameters the integration asks for, by parameter name. */
            configuration?: {
                [key: string]: string;
            };
        };
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
            /** @description How PingOne verifies messages the service provider signs. */
            spVerification?: {
                /** @description Whether authentication requests must be signed. */
                authnRequestSigned?: boolean;
                /** @description Certificates that verify the service provider's signatures. */
                certificates?: components["schemas"]["ResourceRef"][];
            };
            /** @description Whether an ACS URL named in a signed, verified authentication request is accepted even if `acsUrls` does not list it. */
            enableAlwaysAcceptAcsUrlInSignedAuthnRequest?: boolean;
            /** @description How assertions sent to the application are encrypted. */
            spEncryption?: {
                /** @description Encryption algorithm. */
                algorithm?: "AES_128" | "AES_256" | "TRIPLEDES" | (string & {});
                /** @description The service provider's encryption certificate. */
                certificate?: components["schemas"]["ResourceRef"];
            };
            /** @description `RelayState` sent to deep-link into the application after an IdP-initiated sign-on. */
            defaultTargetUrl?: string;
            /** @description How long after the initial request PingOne keeps exchanging single logout messages with the application. */
            sloWindow?: number;
            /** @description `SessionNotOnOrAfter` of the assertion's `AuthnStatement`, in seconds. */
            sessionNotOnOrAfterDuration?: number;
            /** @description Whether the request's `RequestedAuthnContext` picks the policy. */
            enableRequestedAuthnContext?: boolean;
            /** @description Cross-origin requests the authentication APIs accept for the application. */
            corsSettings?: components["schemas"]["ApplicationCorsSettings"];
            /** @description Extra entity IDs PingOne can present to the application. */
            virtualServerIdSettings?: {
                /** @description Whether the virtual server IDs are used. */
                enabled?: boolean;
                /** @description The virtual server IDs. */
                virtualServerIds?: {
                    /** @description A SAML entity ID. */
                    vsId?: string;
                    /** @description Whether this is the one used by default. */
                    default?: boolean;
                }[];
            };
            /** @description Labels of the application. */
            tags?: ("PING_FED_CONNECTION_INTEGRATION" | (string & {}))[];
            /** @description The Integration Catalog entry the application is built from. */
            template?: components["schemas"]["ApplicationTemplate"];
        };
        /**
         * @description An OAuth 2.0 grant type the application may use.
         * @enum {string}
         */
        GrantType: "AUTHORIZATION_CODE" | "IMPLICIT" | "REFRESH_TOKEN" | "CLIENT_CREDENTIALS" | "DEVICE_CODE" | "TOKEN_EXCHANGE" | "CIBA";
        /**
         * @description A response type the application may request at the authorization endpoint.
         * @enum {string}
         */
        ResponseType: "CODE" | "TOKEN" | "ID_TOKEN";
        /**
         * @description How the application authenticates at the token endpoint. Public clients use `NONE`.
         * @enum {string}
         */
        TokenEndpointAuthMethod: "NONE" | "CLIENT_SECRET_BASIC" | "CLIENT_SECRET_POST" | "CLIENT_SECRET_JWT" | "PRIVATE_KEY_JWT";
        /**
         * @description Whether authorization requests must use PKCE, and with which method.
         * @enum {string}
         */
        PkceEnforcement: "OPTIONAL" | "REQUIRED" | "S256_REQUIRED";
        /** @description Settings of a native application that PingOne MFA uses. */
        OidcApplicationMobile: {
            /** @description iOS bundle ID of the app. */
            bundleId?: string;
            /** @description Android package name of the app. */
            packageName?: string;
            /** @description ID of the app in Huawei AppGallery. */
            huaweiAppId?: string;
            /** @description Package name of the app for Huawei push notifications. */
            huaweiPackageName?: string;
            /** @description How long the app shows a one-time passcode before replacing it. */
            passcodeRefreshDuration?: {
                /** @description The period. */
                duration?: number;
                /** @description Unit of `duration`. */
                timeUnit?: "SECONDS" | (string & {});
            };
            /** @description How many refresh periods, either side of a passcode's lifetime, it is still accepted. */
            passcodeGracePeriod?: number;
            /** @description A universal link or app scheme that opens the app when a QR code is scanned. */
            uriPrefix?: string;
            /** @description Device integrity checks. */
            integrityDetection?: {
                /** @description Whether integrity checks run. */
                mode?: "ENABLED" | "DISABLED" | (string & {});
                /** @description Platforms on which checks do not run. */
                excludedPlatforms?: ("GOOGLE" | "IOS" | (string & {}))[];
                /** @description How long a successful check is reused. */
                cacheDuration?: {
                    /** @description The duration, in `units`. */
                    amount?: number;
                    /** @description Unit of `amount`. */
                    units?: "MINUTES" | "HOURS" | (string & {});
                };
                /** @description Play Integrity API settings; the keys themselves are not returned. */
                googlePlay?: {
                    /** @description Where verdicts are verified. */
                    verificationType?: "GOOGLE" | "INTERNAL" | (string & {});
                };
            };
            /** @description Push notification settings. */
            push?: {
                /** @description Number matching for push approvals. */
                numberMatching?: {
                    /** @description How the user matches the number. */
                    type?: "SELECT_NUMBER" | "ENTER_MANUALLY" | (string & {});
                };
            };
        };
        /**
         * OpenID Connect application
         * @description An OpenID Connect or OAuth 2.0 client, including the admin console. The PingOne portal and
         *     self-service applications, though OpenID Connect clients too, come back as their own
         *     variants.
         */
        OidcApplication: components["schemas"]["ApplicationBase"] & {
            /**
             * @description Marks the OpenID Connect variant.
             * @constant
             */
            protocol: "OPENID_CONNECT";
            /** @description Kind of client; never `PING_ONE_PORTAL` or `PING_ONE_SELF_SERVICE`, which have their own variants. */
            type?: string;
            /** @description Grant types the application may use. */
            grantTypes?: (components["schemas"]["GrantType"] | (string & {}))[];
            /** @description Response types the application may request. */
            responseTypes?: (components["schemas"]["ResponseType"] | (string & {}))[];
            /** @description Allowed redirect URIs after authorization. */
            redirectUris?: string[];
            /** @description Allowed redirect URIs after sign-off. */
            postLogoutRedirectUris?: string[];
            /** @description How the client authenticates at the token endpoint. */
            tokenEndpointAuthMethod?: components["schemas"]["TokenEndpointAuthMethod"] | (string & {});
            /** @description PKCE requirement for authorization requests. */
            pkceEnforcement?: components["schemas"]["PkceEnforcement"] | (string & {});
            /** @description Lifetime of a refresh token, in seconds. */
            refreshTokenDuration?: number;
            /** @description Longest time a chain of refreshed tokens may last, in seconds. */
            refreshTokenRollingDuration?: number;
            /** @description URI a third party uses to start a sign-on at the application. */
            initiateLoginUri?: string;
            /** @description Where users land after a sign-on started through `initiateLoginUri`. */
            targetLinkUri?: string;
            /** @description Whether entries of `redirectUris` may contain `*` wildcards. */
            allowWildcardInRedirectUris?: boolean;
            /** @description JWK set (a JSON string) that verifies JWTs the application signs. */
            jwks?: string;
            /** @description URL serving the JWK set that verifies JWTs the application signs. */
            jwksUrl?: string;
            /** @description Whether authorization requests must be pushed first (PAR). */
            parRequirement?: "REQUIRED" | "OPTIONAL" | (string & {});
            /** @description How long a pushed authorization request stays usable, in seconds. */
            parTimeout?: number;
            /** @description Whether a `request` object sent to the authorization endpoint must be signed. */
            requireSignedRequestObject?: boolean;
            /** @description Whether an unsigned `request` object is accepted at the authorization endpoint. */
            supportUnsignedRequestObject?: boolean;
            /** @description How long, in seconds, an already exchanged refresh token may be used again. */
            refreshTokenRollingGracePeriodDuration?: number;
            /** @description Whether reusing a refresh token revokes it and every token issued from it. */
            additionalRefreshTokenReplayProtectionEnabled?: boolean;
            /** @description Format of refresh tokens. */
            refreshTokenType?: "JSON_WEB_TOKEN" | "OPAQUE_TOKEN" | (string & {});
            /** @description Whether one request may ask for scopes of several custom resources. */
            requestScopesForMultipleResourcesEnabled?: boolean;
            /** @description Whether JWTs signed for the application carry the `x5t` header. */
            includeX5t?: boolean;
            /** @description The key rotation policy whose keys sign the application's tokens. */
            signing?: {
                /** @description The key rotation policy. */
                keyRotationPolicy?: components["schemas"]["ResourceRef"];
            };
            /** @description Whether the application may end a user's session with the ID token alone. */
            idpSignoff?: boolean;
            /** @description Whether authentication responses carry `session_state`. */
            opSessionCheckEnabled?: boolean;
            /** @description Cross-origin requests the authorization and authentication APIs accept for the application. */
            corsSettings?: components["schemas"]["ApplicationCorsSettings"];
            /** @description Short identifier of the application in the device authorization grant's verification URL. */
            devicePathId?: string;
            /** @description Verification URI the `/device_authorization` endpoint returns instead of PingOne's. */
            deviceCustomVerificationUri?: string;
            /** @description How long a device code and user code stay valid, in seconds. */
            deviceTimeout?: number;
            /** @description How often, in seconds, a device may poll the token endpoint. */
            devicePollingInterval?: number;
            /** @description Native application settings for PingOne MFA. */
            mobile?: components["schemas"]["OidcApplicationMobile"];
            /**
             * @deprecated
             * @description Older place of `mobile.bundleId`.
             */
            bundleId?: string;
            /**
             * @deprecated
             * @description Older place of `mobile.packageName`.
             */
            packageName?: string;
            /** @description Kerberos authentication settings. */
            kerberos?: {
                /** @description The key of the certificate issuer (root CA). */
                key?: components["schemas"]["ResourceRef"];
            };
            /** @description Labels of the application. */
            tags?: ("PING_FED_CONNECTION_INTEGRATION" | (string & {}))[];
            /** @description Whether PingOne gave the application default roles when it was created. */
            assignActorRoles?: boolean;
            /** @description The Integration Catalog entry the application is built from. */
            template?: components["schemas"]["ApplicationTemplate"];
            /** @description The client ID, when one was set on creation (migrated applications); otherwise the application ID is the client ID. */
            clientId?: string;
        };
        /**
         * PingOne application portal
         * @description The environment's application portal, created by PingOne with the environment.
         */
        PingOnePortalApplication: components["schemas"]["ApplicationBase"] & {
            /**
             * @description The portal is an OpenID Connect client.
             * @constant
             */
            protocol: "OPENID_CONNECT";
            /**
             * @description Marks the application portal variant.
             * @constant
             */
            type: "PING_ONE_PORTAL";
            /** @description How the portal authenticates at the token endpoint. */
            tokenEndpointAuthMethod?: components["schemas"]["TokenEndpointAuthMethod"] | (string & {});
            /** @description PKCE requirement for the portal's authorization requests. */
            pkceEnforcement?: components["schemas"]["PkceEnforcement"] | (string & {});
            /** @description Whether the portal shows the environment's default branding theme. */
            applyDefaultTheme?: boolean;
        };
        /**
         * PingOne self-service application
         * @description The environment's self-service application (MyAccount), created by PingOne with the environment.
         */
        PingOneSelfServiceApplication: components["schemas"]["ApplicationBase"] & {
            /**
             * @description The self-service application is an OpenID Connect client.
             * @constant
             */
            protocol: "OPENID_CONNECT";
            /**
             * @description Marks the self-service variant.
             * @constant
             */
            type: "PING_ONE_SELF_SERVICE";
            /** @description How the application authenticates at the token endpoint. */
            tokenEndpointAuthMethod?: components["schemas"]["TokenEndpointAuthMethod"] | (string & {});
            /** @description PKCE requirement for the application's authorization requests. */
            pkceEnforcement?: components["schemas"]["PkceEnforcement"] | (string & {});
            /** @description Whether MyAccount shows the environment's default branding theme. */
            applyDefaultTheme?: boolean;
            /** @description Whether MyAccount shows the theme's footer. */
            enableDefaultThemeFooter?: boolean;
        };
        /**
         * WS-Federation application
         * @description A WS-Federation relying party.
         */
        WsFedApplication: components["schemas"]["ApplicationBase"] & {
            /**
             * @description Marks the WS-Federation variant.
             * @constant
             */
            protocol: "WS_FED";
            /** @description The federated domain. */
            domainName?: string;
            /** @description Where the relying party accepts `RequestSecurityTokenResponse` messages. */
            replyUrl?: string;
            /** @description Single logout endpoint of the relying party. */
            sloEndpoint?: string;
            /** @description Key and algorithm PingOne signs its messages with. */
            idpSigning?: {
                /** @description The signing key. */
                key?: components["schemas"]["ResourceRef"];
                /** @description Signature algorithm. */
                algorithm?: components["schemas"]["SigningAlgorithm"] | (string & {});
            };
            /** @description How long an assertion stays valid, in seconds. */
            assertionDuration?: number;
            /** @description ID of the relying party. */
            audienceRestriction?: string;
            /** @description Format of the `SubjectNameIdentifier` element. */
            subjectNameIdentifierFormat?: "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified" | "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress" | (string & {});
            /** @description WS-Trust version. */
            wsTrustVersion?: string;
            /** @description Cross-origin requests the authentication APIs accept for the application. */
            corsSettings?: components["schemas"]["ApplicationCorsSettings"];
            /** @description Kerberos authentication through LDAP gateways. */
            kerberos?: {
                /** @description The gateways. */
                gateways?: {
                    /** @description ID of the LDAP gateway. */
                    id?: string;
                    /** @description Kind of gateway. */
                    type?: "LDAP" | (string & {});
                    /** @description One of the gateway's user types. */
                    userType?: components["schemas"]["ResourceRef"];
                }[];
            };
        };
        /**
         * External link application
         * @description A link shown in the application portal, with no sign-on protocol.
         */
        ExternalLinkApplication: components["schemas"]["ApplicationBase"] & {
            /**
             * @description Marks the external link variant.
             * @constant
             */
            protocol: "EXTERNAL_LINK";
            /** @description An ID of your own for the application. */
            externalId?: string;
        };
        /**
         * Other application
         * @description An application with a protocol this description does not detail: one PingOne adds later.
         *     Only the common properties are described.
         */
        OtherApplication: components["schemas"]["ApplicationBase"] & {
            /** @description Any protocol other than `SAML`, `OPENID_CONNECT`, `WS_FED` and `EXTERNAL_LINK`. */
            protocol?: string;
        };
        /**
         * @description An application, as the service returns it. Check `protocol` (and, for OpenID Connect,
         *     `type`) to tell the variants apart: the PingOne portal and self-service applications are
         *     OpenID Connect clients with variants of their own. Any protocol not listed here comes back
         *     as the last variant, so code that switches on `protocol` needs a default branch.
         */
        Application: components["schemas"]["SamlApplication"] | components["schemas"]["OidcApplication"] | components["schemas"]["PingOnePortalApplication"] | components["schemas"]["PingOneSelfServiceApplication"] | components["schemas"]["WsFedApplication"] | components["schemas"]["ExternalLinkApplication"] | components["schemas"]["OtherApplication"];
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
                groups: components["schemas"]["ResourceRefInput"][];
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
            key: components["schemas"]["ResourceRefInput"];
            /** @description Signature algorithm; must match the key type. */
            algorithm?: components["schemas"]["SigningAlgorithm"];
        };
        /**
         * @description Which browser origins may send cross-origin (CORS) requests to the authorization and
         *     authentication APIs on behalf of the application. Without it, the service keeps its older
         *     behaviour: any origin is allowed except on endpoints that expose sensitive data
         *     (`/as/authorize`, `/as/token`).
         */
        ApplicationCorsSettingsInput: {
            /**
             * @description `ALLOW_NO_ORIGINS` rejects every CORS request; `ALLOW_SPECIFIC_ORIGINS` accepts only those from `origins`.
             * @enum {string}
             */
            behavior: "ALLOW_NO_ORIGINS" | "ALLOW_SPECIFIC_ORIGINS";
            /**
             * @description Accepted origins, each an `http` or `https` URL without a path whose host is a domain
             *     name (`localhost` included) or an IPv4 address; a `*` in a subdomain matches anything.
             *     Needed with `ALLOW_SPECIFIC_ORIGINS`, empty or absent with `ALLOW_NO_ORIGINS`.
             */
            origins?: string[];
        };
        /** @description The Integration Catalog entry (integration and version) the application is built from, and its settings. */
        ApplicationTemplateInput: {
            /** @description The integration in the Integration Catalog. */
            integration: components["schemas"]["ResourceRefInput"];
            /** @description The version of that integration. */
            version: components["schemas"]["ResourceRefInput"];
            /** @description Values of the parameters the integration asks for, by parameter name. */
            configuration: {
                [key: string]: string;
            };
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
            /** @description How PingOne verifies messages the service provider signs. */
            spVerification?: {
                /** @description Whether authentication requests must be signed. The service defaults to false. */
                authnRequestSigned?: boolean;
                /** @description Certificates (uploaded to PingOne) that verify the service provider's signatures. */
                certificates: components["schemas"]["ResourceRefInput"][];
            };
            /**
             * @description Whether an ACS URL named in a signed, verified authentication request is accepted
             *     even if `acsUrls` does not list it (for service providers that build ACS URLs on
             *     the fly).
             */
            enableAlwaysAcceptAcsUrlInSignedAuthnRequest?: boolean;
            /** @description Encrypts assertions sent to the application; they are not encrypted without it. */
            spEncryption?: {
                /**
                 * @description Encryption algorithm.
                 * @enum {string}
                 */
                algorithm: "AES_128" | "AES_256" | "TRIPLEDES";
                /** @description The service provider's encryption certificate, uploaded to PingOne. */
                certificate: components["schemas"]["ResourceRefInput"];
            };
            /**
             * @description Sent as `RelayState` to deep-link into the application after an IdP-initiated
             *     sign-on, unless the request's `applicationUrl` overrides it. Usually a URL, but not
             *     checked as one.
             */
            defaultTargetUrl?: string;
            /** @description How long after the initial request PingOne keeps exchanging single logout messages with the application (a unit the reference does not state). */
            sloWindow?: number;
            /** @description `SessionNotOnOrAfter` of the assertion's `AuthnStatement`, in seconds, when it must differ from `assertionDuration`. */
            sessionNotOnOrAfterDuration?: number;
            /** @description Whether the request's `RequestedAuthnContext` picks the policy (by sign-on policy name or DaVinci flow policy ID). */
            enableRequestedAuthnContext?: boolean;
            /** @description Cross-origin requests the authentication APIs accept for the application. */
            corsSettings?: components["schemas"]["ApplicationCorsSettingsInput"];
            /** @description Extra entity IDs PingOne can present to the application instead of the environment's. */
            virtualServerIdSettings?: {
                /** @description Whether the virtual server IDs are used. The service defaults to false. */
                enabled?: boolean;
                /** @description The virtual server IDs; needed when `enabled` is true. */
                virtualServerIds?: {
                    /** @description A SAML entity ID. */
                    vsId: string;
                    /** @description Whether this is the one used by default. */
                    default?: boolean;
                }[];
            };
            /** @description Labels of the application. */
            tags?: "PING_FED_CONNECTION_INTEGRATION"[];
            /** @description Whether PingOne gives the application default roles. Read on creation only. */
            assignActorRoles?: boolean;
            /** @description The Integration Catalog entry the application is built from. */
            template?: components["schemas"]["ApplicationTemplateInput"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            protocol: "SAML";
        };
        /**
         * @description Settings of a native application that PingOne MFA uses: push notifications, one-time
         *     passcodes, device integrity checks. The app identifiers are unique in the environment and
         *     cannot be changed once set.
         */
        OidcApplicationMobileInput: {
            /** @description iOS bundle ID of the app, for push notifications. Cannot be changed once set. */
            bundleId?: string;
            /** @description Android package name of the app, for push notifications. Cannot be changed once set. */
            packageName?: string;
            /** @description ID of the app in Huawei AppGallery (Huawei devices only). Cannot be changed once set. */
            huaweiAppId?: string;
            /** @description Package name of the app for Huawei push notifications. Cannot be changed once set. */
            huaweiPackageName?: string;
            /** @description How long the app shows a one-time passcode before replacing it. */
            passcodeRefreshDuration?: {
                /** @description The period, 30 to 60; the service defaults to 30. */
                duration: number;
                /**
                 * @description Unit of `duration`; only seconds are accepted.
                 * @enum {string}
                 */
                timeUnit: "SECONDS";
            };
            /**
             * @description How many refresh periods, either side of a passcode's lifetime, it is still accepted (to
             *     absorb clock drift). The service uses 5 when absent.
             */
            passcodeGracePeriod?: number;
            /**
             * @description A universal link (`http://` or `https://` URL) or app scheme that opens the app directly
             *     when a QR code is scanned.
             */
            uriPrefix?: string;
            /** @description Checks that devices pairing or authenticating with the app are not compromised. */
            integrityDetection?: {
                /**
                 * @description Whether integrity checks run.
                 * @enum {string}
                 */
                mode?: "ENABLED" | "DISABLED";
                /** @description The platform (at most one) on which checks do not run. Without `GOOGLE` here, `googlePlay` is needed. */
                excludedPlatforms?: ("GOOGLE" | "IOS")[];
                /** @description How long a successful check is reused before the next one (1 minute to 48 hours). Needed when `mode` is `ENABLED`. */
                cacheDuration?: {
                    /** @description The duration, in `units`. */
                    amount?: number;
                    /**
                     * @description Unit of `amount`.
                     * @enum {string}
                     */
                    units?: "MINUTES" | "HOURS";
                };
                /** @description Credentials for Google's Play Integrity API. */
                googlePlay?: {
                    /**
                     * @description `GOOGLE` verifies through Google (needs `serviceAccountCredentials`); `INTERNAL`
                     *     verifies inside PingOne without using Google's API quota (needs `decryptionKey`
                     *     and `verificationKey`).
                     * @enum {string}
                     */
                    verificationType?: "GOOGLE" | "INTERNAL";
                    /**
                     * Format: password
                     * @description The content of the Google service account credentials JSON file.
                     */
                    serviceAccountCredentials?: string;
                    /**
                     * Format: password
                     * @description The Play Integrity verdict decryption key.
                     */
                    decryptionKey?: string;
                    /**
                     * Format: password
                     * @description The Play Integrity verdict signature verification key.
                     */
                    verificationKey?: string;
                };
            };
            /** @description Push notification settings. */
            push?: {
                /** @description Number matching for push approvals, where an MFA policy turns it on. */
                numberMatching?: {
                    /**
                     * @description `SELECT_NUMBER`: the user picks the shown number among three; `ENTER_MANUALLY`: the user types it.
                     * @enum {string}
                     */
                    type?: "SELECT_NUMBER" | "ENTER_MANUALLY";
                };
            };
        };
        /**
         * OpenID Connect application
         * @description An OpenID Connect or OAuth 2.0 client to create, or its complete new state: a web, native,
         *     single-page, worker, service, custom or catalog (template) application. The platform's own
         *     portal and self-service applications have their own variants, and the admin console cannot
         *     be written.
         */
        OidcApplicationInput: components["schemas"]["ApplicationInputBase"] & {
            /**
             * @description Selects the OpenID Connect variant.
             * @constant
             */
            protocol: "OPENID_CONNECT";
            /**
             * @description Kind of client. `WORKER` calls the management APIs with its own roles; `SERVICE`
             *     calls resource servers only; `CUSTOM_APP` is any other combination (device
             *     authorization and CIBA clients, for example); `TEMPLATE_APP` comes from the
             *     Integration Catalog (see `template`).
             * @enum {string}
             */
            type?: "WEB_APP" | "NATIVE_APP" | "SINGLE_PAGE_APP" | "WORKER" | "SERVICE" | "CUSTOM_APP" | "TEMPLATE_APP";
            /** @description Grant types the application may use. */
            grantTypes: components["schemas"]["GrantType"][];
            /** @description Response types the application may request. */
            responseTypes?: components["schemas"]["ResponseType"][];
            /** @description Allowed redirect URIs after authorization. */
            redirectUris?: string[];
            /** @description Whether entries of `redirectUris` may contain `*` wildcards. */
            allowWildcardInRedirectUris?: boolean;
            /** @description Allowed redirect URIs after sign-off. */
            postLogoutRedirectUris?: string[];
            /** @description How the client authenticates at the token endpoint. */
            tokenEndpointAuthMethod: components["schemas"]["TokenEndpointAuthMethod"];
            /**
             * @description A JWK set, as a JSON string, with the keys that verify JWTs the application signs
             *     (client assertions with `PRIVATE_KEY_JWT`, signed request objects). With
             *     `PRIVATE_KEY_JWT`, either this or `jwksUrl` is needed.
             */
            jwks?: string;
            /**
             * Format: uri
             * @description An `https://` URL serving that JWK set instead of `jwks`.
             */
            jwksUrl?: string;
            /** @description PKCE requirement for authorization requests. */
            pkceEnforcement?: components["schemas"]["PkceEnforcement"];
            /**
             * @description Whether authorization requests must be pushed first (PAR). The service defaults to `OPTIONAL`.
             * @enum {string}
             */
            parRequirement?: "REQUIRED" | "OPTIONAL";
            /** @description How long a pushed authorization request stays usable, in seconds. The service defaults to 60. */
            parTimeout?: number;
            /** @description Whether a `request` object sent to the authorization endpoint must be signed. Cannot be true together with `supportUnsignedRequestObject`. */
            requireSignedRequestObject?: boolean;
            /** @description Whether an unsigned `request` object is accepted at the authorization endpoint. */
            supportUnsignedRequestObject?: boolean;
            /** @description Lifetime of a refresh token, in seconds. */
            refreshTokenDuration?: number;
            /** @description Longest time a chain of refreshed tokens may last, in seconds. */
            refreshTokenRollingDuration?: number;
            /** @description How long, in seconds, a refresh token that was already exchanged may be used again (to survive network errors on the client). 0 when absent. */
            refreshTokenRollingGracePeriodDuration?: number;
            /** @description Whether reusing a refresh token revokes it and every token issued from it. The service defaults to true. */
            additionalRefreshTokenReplayProtectionEnabled?: boolean;
            /**
             * @description Format of refresh tokens. Opaque tokens are recommended; Ping is moving away from JWT refresh tokens.
             * @enum {string}
             */
            refreshTokenType?: "JSON_WEB_TOKEN" | "OPAQUE_TOKEN";
            /** @description Whether one request may ask for scopes of several custom resources. The service defaults to false. */
            requestScopesForMultipleResourcesEnabled?: boolean;
            /** @description Whether JWTs signed for the application carry the `x5t` (certificate SHA-1 thumbprint) header. */
            includeX5t?: boolean;
            /**
             * @description The key rotation policy whose keys sign the application's tokens; without it the
             *     environment's default key signs them. Applies to web, native, single-page and
             *     custom applications.
             */
            signing?: {
                /** @description The key rotation policy. */
                keyRotationPolicy: components["schemas"]["ResourceRefInput"];
            };
            /** @description Whether the application may end a user's session with the ID token alone, without the session cookie. */
            idpSignoff?: boolean;
            /** @description Whether authentication responses carry `session_state` (OpenID Connect Session Management). The service defaults to false. */
            opSessionCheckEnabled?: boolean;
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
            /** @description Cross-origin requests the authorization and authentication APIs accept for the application. */
            corsSettings?: components["schemas"]["ApplicationCorsSettingsInput"];
            /**
             * @description Short identifier of the application in the device authorization grant's
             *     verification URL, unique in the environment. Ignored when
             *     `deviceCustomVerificationUri` is set.
             */
            devicePathId?: string;
            /**
             * Format: uri
             * @description Verification URI the `/device_authorization` endpoint returns instead of PingOne's.
             */
            deviceCustomVerificationUri?: string;
            /** @description How long a device code and user code stay valid, in seconds, for the device code grant. The service defaults to 600. */
            deviceTimeout?: number;
            /** @description How often, in seconds, a device may poll the token endpoint for the device code grant. The service defaults to 5. */
            devicePollingInterval?: number;
            /** @description Native application settings for PingOne MFA. */
            mobile?: components["schemas"]["OidcApplicationMobileInput"];
            /**
             * @deprecated
             * @description Older place of `mobile.bundleId` (iOS bundle ID of a native app); `mobile.bundleId` wins when both are set.
             */
            bundleId?: string;
            /**
             * @deprecated
             * @description Older place of `mobile.packageName` (Android package name of a native app); `mobile.packageName` wins when both are set.
             */
            packageName?: string;
            /** @description Kerberos authentication settings. */
            kerberos?: {
                /** @description The key of the certificate issuer (root CA). */
                key: components["schemas"]["ResourceRefInput"];
            };
            /** @description Labels; `PING_FED_CONNECTION_INTEGRATION` marks a worker application that connects PingFederate to PingOne MFA. */
            tags?: "PING_FED_CONNECTION_INTEGRATION"[];
            /** @description Whether PingOne gives the application default roles. Read on creation only; ignored on update. */
            assignActorRoles?: boolean;
            /** @description The Integration Catalog entry the application is built from. */
            template?: components["schemas"]["ApplicationTemplateInput"];
            /**
             * @description A client ID of your own, when migrating an application to PingOne (at least 8
             *     alphanumeric characters, unique across PingOne; needs `clientSecret`). Read on
             *     creation only, and only in environments with that feature enabled.
             */
            clientId?: string;
            /**
             * Format: password
             * @description The client secret that goes with `clientId` (at least 8 alphanumeric characters). Read on creation only.
             */
            clientSecret?: string;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            protocol: "OPENID_CONNECT";
        };
        /**
         * WS-Federation application
         * @description A WS-Federation relying party to create, or its complete new state, such as Microsoft 365
         *     with a federated domain.
         */
        WsFedApplicationInput: components["schemas"]["ApplicationInputBase"] & {
            /**
             * @description Selects the WS-Federation variant.
             * @constant
             */
            protocol: "WS_FED";
            /** @description The federated domain (the custom domain in Microsoft Entra ID, for example). */
            domainName: string;
            /**
             * Format: uri
             * @description Where the relying party accepts the `RequestSecurityTokenResponse` messages that answer sign-on requests.
             */
            replyUrl: string;
            /**
             * Format: uri
             * @description Single logout endpoint of the relying party.
             */
            sloEndpoint?: string;
            /** @description Key and algorithm PingOne signs its messages with. */
            idpSigning: {
                /** @description The signing key. */
                key: components["schemas"]["ResourceRefInput"];
                /** @description Signature algorithm; must match the key type. */
                algorithm: components["schemas"]["SigningAlgorithm"];
            };
            /** @description How long an assertion stays valid, in seconds. The service defaults to 300. */
            assertionDuration?: number;
            /** @description ID of the relying party. The service defaults to `urn:federation:MicrosoftOnline`. */
            audienceRestriction?: string;
            /**
             * @description Format of the `SubjectNameIdentifier` element.
             * @enum {string}
             */
            subjectNameIdentifierFormat?: "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified" | "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress";
            /**
             * @description WS-Trust version to use.
             * @enum {string}
             */
            wsTrustVersion?: "1.2" | "1.3";
            /** @description Cross-origin requests the authentication APIs accept for the application. */
            corsSettings?: components["schemas"]["ApplicationCorsSettingsInput"];
            /** @description Kerberos authentication through LDAP gateways; leave it out to turn Kerberos off. */
            kerberos?: {
                /** @description The gateways. */
                gateways?: {
                    /**
                     * Format: uuid
                     * @description ID of the LDAP gateway.
                     */
                    id: string;
                    /**
                     * @description Kind of gateway; only `LDAP`.
                     * @enum {string}
                     */
                    type: "LDAP";
                    /** @description One of the gateway's user types. */
                    userType: components["schemas"]["ResourceRefInput"];
                }[];
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            protocol: "WS_FED";
        };
        /**
         * External link application
         * @description A link shown in the application portal (type `PORTAL_LINK_APP`), with no sign-on protocol:
         *     PingOne only sends users to `homePageUrl`. To create, or its complete new state.
         */
        ExternalLinkApplicationInput: components["schemas"]["ApplicationInputBase"] & {
            /**
             * @description Selects the external link variant.
             * @constant
             */
            protocol: "EXTERNAL_LINK";
            /**
             * Format: uri
             * @description Where the application portal sends users who open the link.
             */
            homePageUrl: string;
            /**
             * @description An ID of your own for the application, used where other services refer to it
             *     (targeted risk policies, for example; links without one are not offered there).
             */
            externalId?: string;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            protocol: "EXTERNAL_LINK";
        };
        /**
         * @description An application to create, or the complete new state of one (PUT). The `protocol` selects
         *     the variant; `type` and `protocol` cannot change after creation. The PingOne portal and
         *     self-service applications cannot be created, so this body has no variant for them; see
         *     `ApplicationUpdateInput`.
         */
        ApplicationInput: components["schemas"]["SamlApplicationInput"] | components["schemas"]["OidcApplicationInput"] | components["schemas"]["WsFedApplicationInput"] | components["schemas"]["ExternalLinkApplicationInput"];
        /**
         * PingOne application portal
         * @description The complete new state of the environment's application portal (type `PING_ONE_PORTAL`).
         *     PingOne creates this application with the environment; it can be read and updated, never
         *     created.
         */
        PingOnePortalApplicationInput: components["schemas"]["ApplicationInputBase"] & {
            /**
             * @description The portal is an OpenID Connect client.
             * @constant
             */
            protocol: "OPENID_CONNECT";
            /**
             * @description Selects the application portal variant.
             * @constant
             */
            type: "PING_ONE_PORTAL";
            /** @description How the portal authenticates at the token endpoint. */
            tokenEndpointAuthMethod: components["schemas"]["TokenEndpointAuthMethod"];
            /** @description PKCE requirement for the portal's authorization requests. */
            pkceEnforcement?: components["schemas"]["PkceEnforcement"];
            /** @description Whether the portal shows the environment's default branding theme. */
            applyDefaultTheme: boolean;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "PING_ONE_PORTAL";
        };
        /**
         * PingOne self-service application
         * @description The complete new state of the environment's self-service application (MyAccount, type
         *     `PING_ONE_SELF_SERVICE`). PingOne creates this application with the environment; it can be
         *     read and updated, never created.
         */
        PingOneSelfServiceApplicationInput: components["schemas"]["ApplicationInputBase"] & {
            /**
             * @description The self-service application is an OpenID Connect client.
             * @constant
             */
            protocol: "OPENID_CONNECT";
            /**
             * @description Selects the self-service variant.
             * @constant
             */
            type: "PING_ONE_SELF_SERVICE";
            /** @description How the application authenticates at the token endpoint. */
            tokenEndpointAuthMethod: components["schemas"]["TokenEndpointAuthMethod"];
            /** @description PKCE requirement for the application's authorization requests. */
            pkceEnforcement?: components["schemas"]["PkceEnforcement"];
            /** @description Whether MyAccount shows the environment's default branding theme. */
            applyDefaultTheme: boolean;
            /** @description Whether MyAccount shows the theme's footer; only with `applyDefaultTheme`. */
            enableDefaultThemeFooter?: boolean;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "PING_ONE_SELF_SERVICE";
        };
        /**
         * @description The complete new state of an OpenID Connect application. `type` selects the variant: the
         *     PingOne portal and self-service applications accept their own, smaller set of properties.
         */
        OidcApplicationUpdateInput: components["schemas"]["OidcApplicationInput"] | components["schemas"]["PingOnePortalApplicationInput"] | components["schemas"]["PingOneSelfServiceApplicationInput"];
        /**
         * @description The complete new state of an application (PUT). `protocol` selects the variant and, for
         *     OpenID Connect, `type` selects among the ordinary clients and the PingOne portal and
         *     self-service applications. `type` and `protocol` must stay as they are.
         */
        ApplicationUpdateInput: components["schemas"]["SamlApplicationInput"] | components["schemas"]["OidcApplicationUpdateInput"] | components["schemas"]["WsFedApplicationInput"] | components["schemas"]["ExternalLinkApplicationInput"];
        /**
         * @description The client secret of an OpenID Connect application. It is a credential: keep it out of
         *     logs and store it like a password.
         */
        ApplicationSecret: {
            /** @description The environment the application belongs to. */
            environment?: components["schemas"]["ResourceRef"];
            /**
             * Format: password
             * @description The current client secret.
             */
            secret: string;
            /**
             * @description The secret replaced by the last rotation, when that rotation kept it valid for a while
             *     (`previous.expiresAt` of the rotation request). Gone once it expires or is revoked.
             */
            previous?: {
                /**
                 * Format: password
                 * @description The previous client secret; present until it expires.
                 */
                secret?: string;
                /**
                 * Format: date-time
                 * @description When the previous secret stops being accepted.
                 */
                expiresAt: string;
                /**
                 * Format: date-time
                 * @description When the previous secret was last used.
                 */
                lastUsed?: string;
            };
            /** @description Links to the application. */
            _links?: components["schemas"]["Links"];
        };
        /**
         * @description Options for generating a new client secret. Without `previous`, the replaced secret stops
         *     working at once; with it, the replaced secret stays valid until `previous.expiresAt`.
         */
        SecretRotationInput: {
            /** @description Keep the replaced secret valid for a while, so clients can move to the new one. */
            previous?: {
                /**
                 * Format: date-time
                 * @description When the replaced secret stops being accepted; between 1 minute and 30 days from now.
                 */
                expiresAt: string;
            };
        };
        /** @description The assignment of a sign-on policy to an application, as the service returns it. */
        SignOnPolicyAssignment: {
            /**
             * Format: uuid
             * @description ID of the assignment.
             */
            id: string;
            /** @description The environment the assignment belongs to. */
            environment?: components["schemas"]["ResourceRef"];
            /** @description The application the policy is assigned to. */
            application?: components["schemas"]["ResourceRef"];
            /** @description The assigned sign-on policy. */
            signOnPolicy: components["schemas"]["ResourceRef"];
            /** @description Order among the application's policies; 1 is tried first. */
            priority: number;
            /** @description Links to the assignment, its application and its policy. */
            _links?: components["schemas"]["Links"];
        };
        /** @description A page of sign-on policy assignments. */
        SignOnPolicyAssignmentCollection: components["schemas"]["Collection"] & {
            /** @description The items of this page. */
            _embedded: {
                /** @description The assignments on this page. */
                signOnPolicyAssignments: components["schemas"]["SignOnPolicyAssignment"][];
            };
        };
        /**
         * @description A sign-on policy assignment to create, or its complete new state (PUT). On update the
         *     policy must stay the same; only the priority changes.
         */
        SignOnPolicyAssignmentInput: {
            /**
             * @description Order among the application's policies; 1 is tried first, and the next one only if the
             *     previous fails. An OIDC `acr_values` request parameter overrides the order.
             */
            priority: number;
            /** @description The sign-on policy to assign. It needs at least one action. */
            signOnPolicy: components["schemas"]["ResourceRefInput"];
        };
        /** @description The assignment of a DaVinci flow policy to an application, as the service returns it. */
        ApplicationFlowPolicyAssignment: {
            /**
             * Format: uuid
             * @description ID of the assignment.
             */
            id: string;
            /** @description The environment the assignment belongs to. */
            environment?: components["schemas"]["ResourceRef"];
            /** @description The application the flow policy is assigned to. */
            application?: components["schemas"]["ResourceRef"];
            /** @description The assigned flow policy. */
            flowPolicy: {
                /** @description ID of the flow policy. */
                id: string;
            };
            /** @description Order among the application's flow policies; 1 runs first. */
            priority: number;
            /** @description Links to the assignment, its environment and its application. */
            _links?: components["schemas"]["Links"];
        };
        /** @description The flow policy assignments of an application. */
        ApplicationFlowPolicyAssignmentCollection: components["schemas"]["Collection"] & {
            /** @description The items of this page. */
            _embedded: {
                /** @description The assignments on this page. */
                flowPolicyAssignments: components["schemas"]["ApplicationFlowPolicyAssignment"][];
            };
        };
        /** @description A reference to a DaVinci flow policy by its ID, as a request sends it. */
        FlowPolicyRefInput: {
            /** @description ID of the flow policy. DaVinci IDs are 32 hexadecimal characters, not UUIDs. */
            id: string;
        };
        /** @description A flow policy assignment to create, or its complete new state (PUT). */
        ApplicationFlowPolicyAssignmentInput: {
            /**
             * @description Order among the application's flow policies; 1 runs first, and the next one only if
             *     the previous fails. An OIDC `acr_values` parameter or a SAML `RequestedAuthnContext`
             *     can ask for a lower-priority policy by its ID.
             */
            priority: number;
            /** @description The DaVinci flow policy to assign (see the flow policies list). */
            flowPolicy: components["schemas"]["FlowPolicyRefInput"];
        };
        /**
         * @description A DaVinci flow policy, as PingOne shows it: the policies of the environment's DaVinci
         *     applications, which PingOne applications can use through flow policy assignments.
         *     Read-only here; DaVinci manages them.
         */
        FlowPolicy: {
            /** @description ID of the flow policy (32 hexadecimal characters). */
            id: string;
            /** @description The environment the flow policy belongs to. */
            environment?: {
                /** @description ID of the environment. */
                id?: string;
            };
            /** @description Name of the flow policy. */
            name: string;
            /** @description Whether the flow policy is enabled. */
            enabled: boolean;
            /** @description The DaVinci application the flow policy belongs to. */
            application: {
                /** @description ID of the DaVinci application. */
                id?: string;
                /** @description Name of the DaVinci application. */
                name?: string;
            };
            /** @description What can start the flows of the policy. */
            trigger?: {
                /** @description `AUTHENTICATION`: the flows run when a PingOne application authenticates a user. */
                type?: "AUTHENTICATION" | (string & {});
            };
            /** @description Links to the flow policy. */
            _links?: components["schemas"]["Links"];
        };
        /** @description The DaVinci flow policies of an environment. */
        FlowPolicyCollection: components["schemas"]["Collection"] & {
            /** @description The items of this page. */
            _embedded: {
                /** @description The flow policies on this page. */
                flowPolicies: components["schemas"]["FlowPolicy"][];
            };
        };
        /** @description A group of users, as the service returns it. */
        Group: {
            /**
             * Format: uuid
             * @description ID of the group.
             */
            id: string;
            /** @description The environment the group belongs to. */
            environment?: components["schemas"]["ResourceRef"];
            /** @description The population the group is limited to; absent for an environment-wide group. */
            population?: components["schemas"]["ResourceRef"];
            /** @description Name of the group. */
            name: string;
            /** @description Display name. Equal to `name` for groups made in PingOne; set by the source for external groups. */
            displayName?: string;
            /** @description Free text describing the group. */
            description?: string;
            /** @description SCIM filter over users; users that match are members automatically. */
            userFilter?: string;
            /** @description Identifier of the same group in another system, for synchronisation. PingOne does not interpret it. */
            externalId?: string;
            /** @description Arbitrary JSON stored with the group. */
            customData?: {
                [key: string]: unknown;
            };
            /** @description For external groups, the ID of the group in its source. */
            sourceId?: string;
            /** @description For external groups, where the group comes from. */
            sourceType?: "GATEWAY" | "IDP" | (string & {});
            /** @description Members added to the group explicitly (not through `userFilter`). */
            directMemberCounts?: {
                /** @description Number of users added explicitly. */
                users?: number;
            };
            /** @description All members, explicit and filter-based. Only returned when a single group is read with `include=totalMemberCounts`. */
            totalMemberCounts?: {
                /** @description Number of users in the group. */
                users?: number;
            };
            /**
             * Format: date-time
             * @description When the group was created.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the group was last changed.
             */
            updatedAt?: string;
            /** @description Links to the group and its environment. */
            _links?: components["schemas"]["Links"];
        };
        /** @description A page of groups. */
        GroupCollection: components["schemas"]["Collection"] & {
            /** @description The items of this page. */
            _embedded: {
                /** @description The groups on this page. */
                groups: components["schemas"]["Group"][];
            };
        };
        /**
         * @description A new group. By default a group spans the environment; give `population` to limit it to
         *     one population, which can only be chosen here, at creation.
         */
        GroupCreate: {
            /**
             * @description Name of the group. Population groups may reuse a name across populations, but not the
             *     name of an environment-wide group.
             */
            name: string;
            /** @description Free text describing the group. */
            description?: string;
            /** @description The population to limit the group to. Cannot be changed later. */
            population?: components["schemas"]["ResourceRefInput"];
            /**
             * @description SCIM filter over users (same syntax and attributes as a user search), for example
             *     `type eq "SAMLuser"`. Existing and future users that match become members; users that
             *     stop matching leave the group.
             */
            userFilter?: string;
            /** @description Identifier of the same group in another system, for synchronisation. */
            externalId?: string;
            /** @description Arbitrary JSON stored with the group. */
            customData?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description The complete new state of a group (PUT replaces it). The population is fixed at creation
         *     and is not part of this body.
         */
        GroupUpdate: {
            /** @description Name of the group. */
            name: string;
            /** @description Free text describing the group. */
            description?: string;
            /** @description SCIM filter over users that makes matching users members. Leave it out to stop adding users by filter. */
            userFilter?: string;
            /** @description Identifier of the same group in another system, for synchronisation. */
            externalId?: string;
            /** @description Arbitrary JSON stored with the group. */
            customData?: {
                [key: string]: unknown;
            };
        };
        /** @description A population, as the service returns it. */
        Population: {
            /**
             * Format: uuid
             * @description ID of the population.
             */
            id: string;
            /** @description The environment the population belongs to. */
            environment?: components["schemas"]["ResourceRef"];
            /** @description Name of the population, unique within the environment. */
            name: string;
            /** @description Free text describing the population. */
            description?: string;
            /** @description Whether new users without a population are put in this one. One population per environment is the default. */
            default?: boolean;
            /** @description Other names the population can be looked up by. */
            alternativeIdentifiers?: string[];
            /** @description The password policy of the population's users; absent when the environment's default applies. */
            passwordPolicy?: components["schemas"]["ResourceRef"];
            /** @description The branding theme of the population; absent when the environment's default applies. */
            theme?: components["schemas"]["ResourceRef"];
            /** @description Number of users in the population. */
            userCount?: number;
            /**
             * Format: date-time
             * @description When the population was created.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the population was last changed.
             */
            updatedAt?: string;
            /** @description Links to the population and its environment. */
            _links?: components["schemas"]["Links"];
        };
        /** @description A page of populations. */
        PopulationCollection: components["schemas"]["Collection"] & {
            /** @description The items of this page. */
            _embedded: {
                /** @description The populations on this page. */
                populations: components["schemas"]["Population"][];
            };
        };
        /**
         * @description A population to create, or its complete new state (PUT). Ping's data model table lists
         *     `default` as a string, but its request models and examples use a boolean; this
         *     description uses a boolean.
         */
        PopulationInput: {
            /** @description Name of the population, unique within the environment. */
            name: string;
            /** @description Free text describing the population. */
            description?: string;
            /** @description Make this the environment's default population. Setting it clears the flag on every other population. */
            default?: boolean;
            /** @description Other names the population can be looked up by. */
            alternativeIdentifiers?: string[];
            /** @description A password policy for the population's users. Leave it out to use the environment's default policy. */
            passwordPolicy?: components["schemas"]["ResourceRefInput"];
            /** @description A branding theme for the population. Leave it out to use the environment's default theme. */
            theme?: components["schemas"]["ResourceRefInput"];
        };
        /** @description Parts of a user's name. */
        UserName: {
            /** @description Given (first) name. */
            given?: string;
            /** @description Middle name or names. */
            middle?: string;
            /** @description Family (last) name. */
            family?: string;
            /** @description The full name as it should be displayed. */
            formatted?: string;
            /** @description Title before the name, such as "Dr.". */
            honorificPrefix?: string;
            /** @description Suffix after the name, such as "III". */
            honorificSuffix?: string;
        };
        /**
         * @description Kind of external identity provider. `OPENID_CONNECT` and `SAML` are generic protocols;
         *     the others are social or enterprise providers with their own settings.
         * @enum {string}
         */
        IdentityProviderType: "OPENID_CONNECT" | "SAML" | "FACEBOOK" | "GOOGLE" | "APPLE" | "LINKEDIN" | "MICROSOFT" | "AMAZON" | "TWITTER" | "YAHOO" | "GITHUB" | "PAYPAL";
        /**
         * @description A user, as the service returns it. Only the standard attributes are described; attributes
         *     added to the environment's user schema appear as further properties.
         */
        User: {
            /**
             * Format: uuid
             * @description ID of the user.
             */
            id: string;
            /** @description The environment the user belongs to. */
            environment?: components["schemas"]["ResourceRef"];
            /** @description The population the user belongs to. */
            population?: components["schemas"]["ResourceRef"];
            /** @description Name the user signs on with, unique within the environment. */
            username: string;
            /** @description Email address. */
            email?: string;
            /** @description Whether the email address has been verified. */
            emailVerified?: boolean;
            /** @description The user's name. */
            name?: components["schemas"]["UserName"];
            /** @description Casual name. */
            nickname?: string;
            /** @description Job title. */
            title?: string;
            /** @description Free-form category, such as "Employee". PingOne gives it no meaning, but group `userFilter`s can match on it. */
            type?: string;
            /** @description Identifier of the user in another system of record. */
            externalId?: string;
            /** @description Default location for formatting, as a language tag (RFC 5646). */
            locale?: string;
            /** @description Preferred languages, in Accept-Language syntax. */
            preferredLanguage?: string;
            /** @description IANA time zone, such as "America/Los_Angeles". */
            timezone?: string;
            /** @description Mobile phone number. */
            mobilePhone?: string;
            /** @description Main phone number. */
            primaryPhone?: string;
            /** @description Picture of the user. */
            photo?: {
                /** @description URL of the image file. */
                href?: string;
            };
            /** @description Postal address. */
            address?: {
                /** @description Street, house number, and further lines. */
                streetAddress?: string;
                /** @description City or locality. */
                locality?: string;
                /** @description State or region. */
                region?: string;
                /** @description Postal or ZIP code. */
                postalCode?: string;
                /** @description Country as an ISO 3166-1 alpha-2 code. */
                countryCode?: string;
            };
            /** @description Whether the user may sign on. */
            enabled?: boolean;
            /** @description Whether multi-factor authentication is on for the user. */
            mfaEnabled?: boolean;
            /** @description Account lifecycle. */
            lifecycle?: {
                /** @description `ACCOUNT_OK`, or `VERIFICATION_REQUIRED` until the user verifies the account. */
                status?: "ACCOUNT_OK" | "VERIFICATION_REQUIRED" | (string & {});
            };
            /** @description Lock state of the account. */
            account?: {
                /** @description Whether the user can currently authenticate. */
                canAuthenticate?: boolean;
                /** @description `OK`, or `LOCKED` while the account is locked. */
                status?: "OK" | "LOCKED" | (string & {});
            };
            /** @description Where the user authenticates; PingOne itself unless an external provider is authoritative. */
            identityProvider?: {
                /**
                 * Format: uuid
                 * @description ID of the authoritative external identity provider, when there is one.
                 */
                id?: string;
                /** @description Kind of identity provider; `PING_ONE` for users PingOne authenticates itself. */
                type?: components["schemas"]["IdentityProviderType"] | "PING_ONE" | (string & {});
            };
            /** @description Whether identity verification can be run for the user. */
            verifyStatus?: "NOT_INITIATED" | "ENABLED" | "DISABLED" | (string & {});
            /** @description The user's latest successful sign-on through PingOne flows. */
            lastSignOn?: {
                /**
                 * Format: date-time
                 * @description When it happened.
                 */
                at?: string;
                /** @description IP address it came from. */
                remoteIp?: string;
            };
            /** @description IDs of the groups the user belongs to; only when a single user is read with `include=memberOfGroupIDs`. */
            memberOfGroupIDs?: string[];
            /** @description Names of the groups the user belongs to; only when a single user is read with `include=memberOfGroupNames`. */
            memberOfGroupNames?: string[];
            /**
             * Format: date-time
             * @description When the user was created.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the user was last changed.
             */
            updatedAt?: string;
            /** @description Links to the user and its sub-resources (password, population, ...). */
            _links?: components["schemas"]["Links"];
        };
        /** @description A page of users. */
        UserCollection: components["schemas"]["Collection"] & {
            /** @description The items of this page. */
            _embedded: {
                /** @description The users on this page. */
                users: components["schemas"]["User"][];
            };
        };
        /** @description Parts of a user's name. */
        UserNameInput: {
            /** @description Given (first) name. */
            given?: string;
            /** @description Middle name or names. */
            middle?: string;
            /** @description Family (last) name. */
            family?: string;
            /** @description The full name as it should be displayed. */
            formatted?: string;
            /** @description Title before the name, such as "Dr.". */
            honorificPrefix?: string;
            /** @description Suffix after the name, such as "III". */
            honorificSuffix?: string;
        };
        /**
         * @description A new user. Only the standard attributes are described. Custom attributes defined in the
         *     environment's user schema are accepted as further properties, so this body is not closed
         *     to unknown properties; the service rejects names its schema does not know.
         */
        UserCreate: {
            /** @description Name the user signs on with; an email address or any string, unique within the environment. */
            username: string;
            /**
             * Format: email
             * @description Email address. Ping's SDK marks it as required; the service decides.
             */
            email?: string;
            /** @description The population to put the user in. Without it, the environment's default population is used. */
            population?: components["schemas"]["ResourceRefInput"];
            /** @description The user's name. */
            name?: components["schemas"]["UserNameInput"];
            /** @description Casual name. */
            nickname?: string;
            /** @description Job title. */
            title?: string;
            /** @description Free-form category, such as "Employee". Group `userFilter`s can match on it (`type eq "SAMLuser"`). */
            type?: string;
            /** @description Identifier of the user in another system of record. */
            externalId?: string;
            /** @description Default location for formatting, as a language tag (RFC 5646). */
            locale?: string;
            /** @description Preferred languages, in Accept-Language syntax. */
            preferredLanguage?: string;
            /** @description IANA time zone, such as "America/Los_Angeles". */
            timezone?: string;
            /** @description Mobile phone number. */
            mobilePhone?: string;
            /** @description Main phone number. */
            primaryPhone?: string;
            /** @description Whether the user may sign on. New users are enabled unless this is false. */
            enabled?: boolean;
            /** @description Whether multi-factor authentication is on for the user. */
            mfaEnabled?: boolean;
            /** @description Initial account state, for imports. */
            lifecycle?: {
                /**
                 * @description Start as `ACCOUNT_OK` or as `VERIFICATION_REQUIRED` (a verification email is sent when the user has an address).
                 * @enum {string}
                 */
                status?: "ACCOUNT_OK" | "VERIFICATION_REQUIRED";
                /** @description With `VERIFICATION_REQUIRED`, do not send the verification email. */
                suppressVerificationCode?: boolean;
            };
            /** @description An external identity provider that is authoritative for the user. */
            identityProvider?: {
                /**
                 * Format: uuid
                 * @description ID of the identity provider.
                 */
                id: string;
            };
            /** @description An initial password. Sent, never returned. */
            password?: {
                /**
                 * Format: password
                 * @description The password, in clear text or pre-encoded. Keep it out of logs.
                 */
                value: string;
                /** @description Whether the user must change it at the next sign-on. Defaults to false. */
                forceChange?: boolean;
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * @description An administrator-set password, sent with the media type
         *     `application/vnd.pingidentity.password.set+json`.
         */
        UserPasswordSet: {
            /**
             * Format: password
             * @description The new password, in clear text or pre-encoded. Keep it out of logs.
             */
            value: string;
            /** @description Whether the user must choose a new password at the next sign-on. */
            forceChange: boolean;
        };
        /** @description The state of a user's password. The password itself is never returned. */
        UserPasswordState: {
            /** @description The environment the user belongs to. */
            environment?: components["schemas"]["ResourceRef"];
            /** @description The user. */
            user?: components["schemas"]["ResourceRef"];
            /** @description The password policy that applies to the user. */
            passwordPolicy?: components["schemas"]["ResourceRef"];
            /**
             * @description State of the password. `OK` is usable; `MUST_CHANGE_PASSWORD` and `PASSWORD_EXPIRED`
             *     require a change at sign-on; `NO_PASSWORD` means none is set; `EXTERNAL` means an
             *     external directory holds it.
             */
            status?: "OK" | "MUST_CHANGE_PASSWORD" | "PASSWORD_EXPIRED" | "NO_PASSWORD" | "EXTERNAL" | (string & {});
            /**
             * Format: date-time
             * @description When the password was last changed; absent when the user has none.
             */
            lastChangedAt?: string;
            /** @description Seconds until a locked password unlocks by itself; absent when it is not locked. */
            secondsUntilUnlock?: number;
            /** @description Links to the user and the password operations. */
            _links?: components["schemas"]["Links"];
        };
        /** @description An image shown for the identity provider. */
        IdentityProviderImage: {
            /** @description ID of the image resource. */
            id?: string;
            /** @description URL of the image file. */
            href?: string;
        };
        /**
         * @description When a mapped value is written to the user: `EMPTY_ONLY` fills the attribute only while
         *     it is empty; `ALWAYS` overwrites it at every sign-on through the provider.
         * @enum {string}
         */
        IdentityProviderAttributeUpdate: "EMPTY_ONLY" | "ALWAYS";
        /** @description A mapping from a value the identity provider returns to a PingOne user attribute, as the service returns it. */
        IdentityProviderAttribute: {
            /**
             * Format: uuid
             * @description ID of the mapping.
             */
            id: string;
            /** @description The environment the mapping belongs to. */
            environment?: components["schemas"]["ResourceRef"];
            /** @description The identity provider the mapping belongs to. */
            identityProvider?: components["schemas"]["ResourceRef"];
            /** @description The PingOne user attribute written, such as `username`, `email` or `name.given`. */
            name: string;
            /** @description Placeholder expression for the provider's value, such as `${providerAttributes.email}`. */
            value: string;
            /** @description When the value is written to the user. */
            update?: components["schemas"]["IdentityProviderAttributeUpdate"] | (string & {});
            /** @description `CORE` for the mapping the service creates and keeps (`username`); `CUSTOM` for mappings you add. */
            mappingType?: "CORE" | "CUSTOM" | (string & {});
            /**
             * Format: date-time
             * @description When the mapping was created.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the mapping was last changed.
             */
            updatedAt?: string;
            /** @description Links to the mapping and its identity provider. */
            _links?: components["schemas"]["Links"];
        };
        /** @description Properties every external identity provider has, whatever its type, as the service returns them. */
        IdentityProviderBase: {
            /**
             * Format: uuid
             * @description ID of the identity provider.
             */
            id: string;
            /** @description The environment the identity provider belongs to. */
            environment?: components["schemas"]["ResourceRef"];
            /** @description Name of the identity provider, unique within the environment. */
            name: string;
            /** @description Free text describing the identity provider. */
            description?: string;
            /** @description Whether users can sign on through the identity provider. */
            enabled: boolean;
            /** @description Kind of identity provider. */
            type: string;
            /** @description Icon of the identity provider in the admin console. */
            icon?: components["schemas"]["IdentityProviderImage"];
            /** @description Image of the sign-on button users click. Ignored for providers with fixed branding (Facebook, Google, LinkedIn). */
            loginButtonIcon?: components["schemas"]["IdentityProviderImage"];
            /** @description Just-in-time registration of users who sign on through the provider for the first time. */
            registration?: {
                /** @description The population new users are created in. Its presence makes the provider authoritative for the users it links. */
                population?: components["schemas"]["ResourceRef"];
            };
            /**
             * Format: date-time
             * @description When the identity provider was created.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the identity provider was last changed.
             */
            updatedAt?: string;
            /** @description Links to the identity provider and its attribute mappings. */
            _links?: components["schemas"]["Links"];
            /** @description Related resources, when the request asked to expand them. */
            _embedded?: {
                /** @description The attribute mappings of the identity provider (`expand=attributes`). */
                attributes?: components["schemas"]["IdentityProviderAttribute"][];
            };
        };
        /**
         * @description How PingOne authenticates as a client at an OpenID Connect provider's token endpoint.
         * @enum {string}
         */
        IdentityProviderTokenEndpointAuthMethod: "CLIENT_SECRET_BASIC" | "CLIENT_SECRET_POST" | "NONE";
        /**
         * OpenID Connect identity provider
         * @description An external OpenID Connect provider PingOne sends users to for sign-on.
         */
        OidcIdentityProvider: components["schemas"]["IdentityProviderBase"] & {
            /**
             * @description Marks the OpenID Connect variant.
             * @constant
             */
            type: "OPENID_CONNECT";
            /** @description Client ID PingOne uses at the provider. */
            clientId?: string;
            /** @description The provider's authorization endpoint. */
            authorizationEndpoint?: string;
            /** @description The provider's token endpoint. */
            tokenEndpoint?: string;
            /** @description The provider's UserInfo endpoint. */
            userInfoEndpoint?: string;
            /** @description The provider's JSON Web Key Set, used to check ID token signatures. */
            jwksEndpoint?: string;
            /** @description Expected `iss` of the provider's ID tokens. */
            issuer?: string;
            /** @description The provider's OpenID discovery document. */
            discoveryEndpoint?: string;
            /** @description Scopes requested from the provider. */
            scopes?: string[];
            /** @description How PingOne authenticates at the provider's token endpoint. */
            tokenEndpointAuthMethod?: components["schemas"]["IdentityProviderTokenEndpointAuthMethod"] | (string & {});
            /** @description PKCE method used towards the provider. */
            pkceMethod?: "S256" | "NONE" | (string & {});
        };
        /**
         * @description SAML binding for messages to the identity provider.
         * @enum {string}
         */
        SamlBinding: "HTTP_POST" | "HTTP_REDIRECT";
        /**
         * SAML identity provider
         * @description An external SAML 2.0 identity provider PingOne sends users to for sign-on.
         */
        SamlIdentityProvider: components["schemas"]["IdentityProviderBase"] & {
            /**
             * @description Marks the SAML variant.
             * @constant
             */
            type: "SAML";
            /** @description Entity ID of the provider; checked against the issuer of its responses. */
            idpEntityId?: string;
            /** @description Entity ID PingOne uses as service provider towards this provider. */
            spEntityId?: string;
            /** @description Where authentication requests are sent. */
            ssoEndpoint?: string;
            /** @description Binding of authentication requests. */
            ssoBinding?: components["schemas"]["SamlBinding"] | (string & {});
            /** @description Whether PingOne signs its authentication requests. */
            authnRequestSigned?: boolean;
            /** @description Certificates that verify the provider's signatures. */
            idpVerification?: {
                /** @description The certificates. */
                certificates?: components["schemas"]["ResourceRef"][];
            };
            /** @description Key PingOne signs its requests with. */
            spSigning?: {
                /** @description The signing key. */
                key?: components["schemas"]["ResourceRef"];
                /** @description Signature algorithm. */
                algorithm?: components["schemas"]["SigningAlgorithm"] | (string & {});
            };
            /** @description Where logout requests are sent. */
            sloEndpoint?: string;
            /** @description Where logout responses are sent; `sloEndpoint` when absent. */
            sloResponseEndpoint?: string;
            /** @description Binding of logout messages. */
            sloBinding?: components["schemas"]["SamlBinding"] | (string & {});
            /** @description How long, after the initial request, PingOne keeps exchanging logout messages with the provider. */
            sloWindow?: number;
        };
        /**
         * Other identity provider
         * @description A social or enterprise identity provider (Facebook, Google, Apple, Microsoft, ...), or a
         *     type PingOne adds later. Only the common properties are described; the provider-specific
         *     ones (client or app IDs, and so on) come as further properties.
         */
        OtherIdentityProvider: components["schemas"]["IdentityProviderBase"] & {
            /** @description Any type other than `OPENID_CONNECT` and `SAML`. */
            type?: components["schemas"]["IdentityProviderType"] | (string & {});
        };
        /**
         * @description An external identity provider, as the service returns it. Check `type` to tell the
         *     variants apart; social providers and types added later come back as the third variant.
         */
        IdentityProvider: components["schemas"]["OidcIdentityProvider"] | components["schemas"]["SamlIdentityProvider"] | components["schemas"]["OtherIdentityProvider"];
        /** @description A page of identity providers. */
        IdentityProviderCollection: components["schemas"]["Collection"] & {
            /** @description The items of this page. */
            _embedded: {
                /** @description The identity providers on this page. */
                identityProviders: components["schemas"]["IdentityProvider"][];
            };
        };
        /** @description An image shown for the identity provider, uploaded beforehand as an image resource. */
        IdentityProviderImageInput: {
            /**
             * Format: uuid
             * @description ID of the image resource.
             */
            id: string;
            /**
             * Format: uri
             * @description URL of the image file.
             */
            href: string;
        };
        /** @description Properties every identity provider accepts, whatever its type. */
        IdentityProviderInputBase: {
            /** @description Name of the identity provider, unique within the environment. */
            name: string;
            /** @description Free text describing the identity provider. */
            description?: string;
            /** @description Whether users can sign on through the identity provider. */
            enabled: boolean;
            /** @description Kind of identity provider; selects the variant. Cannot change after creation. */
            type: string;
            /** @description Icon of the identity provider in the admin console. */
            icon?: components["schemas"]["IdentityProviderImageInput"];
            /** @description Image of the sign-on button users click. */
            loginButtonIcon?: components["schemas"]["IdentityProviderImageInput"];
            /** @description Just-in-time registration of users who sign on through the provider for the first time. */
            registration?: {
                /** @description The population new users are created in. Setting it makes the provider authoritative for the users it links. */
                population: components["schemas"]["ResourceRefInput"];
            };
        };
        /**
         * OpenID Connect identity provider
         * @description An external OpenID Connect provider to create, or its complete new state. The endpoints
         *     must use https. When the provider's secret is rotated, update it here as well.
         */
        OidcIdentityProviderInput: components["schemas"]["IdentityProviderInputBase"] & {
            /**
             * @description Selects the OpenID Connect variant.
             * @constant
             */
            type: "OPENID_CONNECT";
            /** @description Client ID of the application registered at the provider (for a PingOne source environment, the ID of its OIDC application). */
            clientId: string;
            /**
             * Format: password
             * @description Client secret of that application. Sent, never shown; keep it out of logs.
             */
            clientSecret: string;
            /**
             * Format: uri
             * @description The provider's authorization endpoint.
             */
            authorizationEndpoint: string;
            /**
             * Format: uri
             * @description The provider's token endpoint.
             */
            tokenEndpoint: string;
            /**
             * Format: uri
             * @description The provider's UserInfo endpoint.
             */
            userInfoEndpoint?: string;
            /**
             * Format: uri
             * @description The provider's JSON Web Key Set, used to check ID token signatures.
             */
            jwksEndpoint: string;
            /**
             * Format: uri
             * @description Expected `iss` of the provider's ID tokens.
             */
            issuer: string;
            /**
             * Format: uri
             * @description The provider's OpenID discovery document (`.../.well-known/openid-configuration`).
             */
            discoveryEndpoint?: string;
            /** @description Scopes requested from the provider; include `openid`. */
            scopes: string[];
            /** @description How PingOne authenticates at the provider's token endpoint. */
            tokenEndpointAuthMethod: components["schemas"]["IdentityProviderTokenEndpointAuthMethod"];
            /**
             * @description PKCE method used towards the provider. The service defaults to `NONE`.
             * @enum {string}
             */
            pkceMethod?: "S256" | "NONE";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "OPENID_CONNECT";
        };
        /**
         * SAML identity provider
         * @description An external SAML 2.0 identity provider to create, or its complete new state.
         */
        SamlIdentityProviderInput: components["schemas"]["IdentityProviderInputBase"] & {
            /**
             * @description Selects the SAML variant.
             * @constant
             */
            type: "SAML";
            /** @description Entity ID of the provider; checked against the issuer of its responses. */
            idpEntityId: string;
            /** @description Entity ID PingOne uses as service provider towards this provider. */
            spEntityId: string;
            /**
             * Format: uri
             * @description Where authentication requests are sent.
             */
            ssoEndpoint: string;
            /** @description Binding of authentication requests. */
            ssoBinding: components["schemas"]["SamlBinding"];
            /**
             * @description Whether PingOne signs its authentication requests. One of Ping's examples sends
             *     `"false"` as a string; this description accepts the boolean only.
             */
            authnRequestSigned?: boolean;
            /** @description Certificates that verify the provider's signatures. */
            idpVerification: {
                /** @description IDs of certificates uploaded to the environment. */
                certificates: components["schemas"]["ResourceRefInput"][];
            };
            /** @description Key PingOne signs its requests with. */
            spSigning?: {
                /** @description The signing key. */
                key: components["schemas"]["ResourceRefInput"];
                /** @description Signature algorithm; must match the key type. */
                algorithm?: components["schemas"]["SigningAlgorithm"];
            };
            /**
             * Format: uri
             * @description Where logout requests are sent. Without it, logout through this provider fails.
             */
            sloEndpoint?: string;
            /**
             * Format: uri
             * @description Where logout responses are sent; `sloEndpoint` is used when absent.
             */
            sloResponseEndpoint?: string;
            /** @description Binding of logout messages. The service defaults to `HTTP_POST`. */
            sloBinding?: components["schemas"]["SamlBinding"];
            /** @description How long, after the initial request, PingOne keeps exchanging logout messages with the provider. */
            sloWindow?: number;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "SAML";
        };
        /**
         * @description An identity provider to create, or the complete new state of one (PUT). `type` selects the
         *     variant; this description covers the generic OpenID Connect and SAML providers. `type`
         *     cannot change after creation.
         */
        IdentityProviderInput: components["schemas"]["OidcIdentityProviderInput"] | components["schemas"]["SamlIdentityProviderInput"];
        /** @description A page of identity provider attribute mappings. */
        IdentityProviderAttributeCollection: components["schemas"]["Collection"] & {
            /** @description The items of this page. */
            _embedded: {
                /** @description The attribute mappings on this page. */
                attributes: components["schemas"]["IdentityProviderAttribute"][];
            };
        };
        /**
         * @description An attribute mapping to create, or its complete new state (PUT). The core `username`
         *     mapping can be changed but not removed, and its name and update mode are fixed.
         */
        IdentityProviderAttributeInput: {
            /**
             * @description The PingOne user attribute to write, unique per provider, such as `email` or
             *     `name.given`. Read-only and complex attributes cannot be mapped, nor `id`, `account`,
             *     `created`, `updated`, `lifecycle`, `mfaEnabled` or `enabled`.
             */
            name: string;
            /**
             * @description Placeholder expression in `${...}` syntax naming what the provider returned, for
             *     example `${providerAttributes.email}`. For SAML, `${samlAssertion.subject}` is the
             *     subject NameID.
             */
            value: string;
            /** @description When the value is written to the user. */
            update: components["schemas"]["IdentityProviderAttributeUpdate"];
        };
        /** @description A sign-on policy, as the service returns it. Its actions are a sub-resource. */
        SignOnPolicy: {
            /**
             * Format: uuid
             * @description ID of the sign-on policy.
             */
            id: string;
            /** @description The environment the policy belongs to. */
            environment?: components["schemas"]["ResourceRef"];
            /** @description Name of the policy, unique within the environment. */
            name: string;
            /** @description Free text describing the policy. */
            description?: string;
            /**
             * @description Whether this is the environment's default policy, used by applications without policy
             *     assignments. Ping's create example shows the value as the string `"false"`; this
             *     description types it as a boolean, which is what the service's data model and the
             *     update example use. Clients that must cope with the string form should compare
             *     against both.
             */
            default?: boolean;
            /**
             * Format: date-time
             * @description When the policy was created.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the policy was last changed.
             */
            updatedAt?: string;
            /** @description Links to the policy, its environment and its `actions`. */
            _links?: components["schemas"]["Links"];
        };
        /** @description A page of sign-on policies. */
        SignOnPolicyCollection: components["schemas"]["Collection"] & {
            /** @description The items of this page. */
            _embedded: {
                /** @description The sign-on policies on this page. */
                signOnPolicies: components["schemas"]["SignOnPolicy"][];
            };
        };
        /**
         * @description A sign-on policy to create, or its complete new state (PUT). A new policy is never the
         *     default: set `default: true` with an update, after the policy has at least one action.
         */
        SignOnPolicyInput: {
            /**
             * @description Name of the policy, unique within the environment: letters, digits, `_`, `.`, `-` and
             *     spaces, or an absolute URI (any name containing `:`).
             */
            name: string;
            /** @description Free text describing the policy. */
            description?: string;
            /**
             * @description Make this the environment's default policy; the flag is cleared on all others. Only
             *     `true` has an effect, and only on update. Ping's examples send the string `"false"`;
             *     this description accepts booleans only (send `false`, or leave the property out).
             */
            default?: boolean;
        };
        /**
         * @description When the action applies, in PingOne's policy condition language, as the service returns
         *     it. A condition is one comparison or a combination of conditions with `and`, `or` and
         *     `not`; all parts are optional here because any one form may be present, and forms added
         *     later come back as further properties.
         */
        SignOnPolicyActionCondition: {
            /** @description A time variable, such as `${session.lastSignOn.withAuthenticator.pwd.at}`, compared with `greater`. */
            secondsSince?: string;
            /** @description The action runs when more than this many seconds passed since `secondsSince`. */
            greater?: number;
            /** @description A variable compared with `equals`, such as `${user.lifecycle.status}`. */
            value?: string;
            /** @description The value `value` must equal. */
            equals?: string | boolean;
            /** @description A variable, such as `${flow.request.http.remoteIp}`, checked against `ipRange`. */
            contains?: string;
            /** @description CIDR ranges `contains` is checked against. */
            ipRange?: string[];
            /** @description Range of IP reputation scores that triggers the action. */
            ipRisk?: {
                /** @description Lowest score of the range. */
                minScore?: number;
                /** @description Highest score of the range. */
                maxScore?: number;
            };
            /** @description Variable for the current sign-on location, checked for impossible travel. */
            geoVelocity?: string;
            /** @description Anonymous network checks (such as proxies or VPNs) that trigger the action. */
            anonymousNetwork?: string[];
            /** @description What the risk condition is evaluated against; a variable, or for `geoVelocity` the previous sign-on's IP and time. */
            valid?: string | {
                /** @description Variable holding the IP of the previous successful sign-on. */
                previousSuccessfulAuthenticationIp?: string;
                /** @description Variable holding the time of the previous successful sign-on. */
                previousSuccessfulAuthenticationTime?: string;
            };
            /** @description Conditions that must all hold. */
            and?: components["schemas"]["SignOnPolicyActionCondition"][];
            /** @description Conditions of which one must hold. */
            or?: components["schemas"]["SignOnPolicyActionCondition"][];
            /** @description A condition that must not hold. */
            not?: components["schemas"]["SignOnPolicyActionCondition"];
        };
        /** @description Properties every sign-on policy action has, whatever its type, as the service returns them. */
        SignOnPolicyActionBase: {
            /**
             * Format: uuid
             * @description ID of the action.
             */
            id: string;
            /** @description The environment the action belongs to. */
            environment?: components["schemas"]["ResourceRef"];
            /** @description The sign-on policy the action belongs to. */
            signOnPolicy?: components["schemas"]["ResourceRef"];
            /** @description Kind of action. */
            type: string;
            /** @description Evaluation order within the policy; 1 runs first. */
            priority: number;
            /** @description When the action applies; absent when it always does. */
            condition?: components["schemas"]["SignOnPolicyActionCondition"];
            /**
             * Format: date-time
             * @description When the action was created.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the action was last changed.
             */
            updatedAt?: string;
            /** @description Links to the action and its policy. */
            _links?: components["schemas"]["Links"];
        };
        /**
         * Login action
         * @description Asks for a username and password, optionally offering external identity providers and self-registration.
         */
        LoginSignOnPolicyAction: components["schemas"]["SignOnPolicyActionBase"] & {
            /**
             * @description Marks the login variant.
             * @constant
             */
            type: "LOGIN";
            /** @description Account recovery (forgotten password). */
            recovery?: {
                /** @description Whether users can recover their account. */
                enabled?: boolean;
            };
            /** @description Self-registration of new users. */
            registration?: {
                /** @description Whether new users can register. */
                enabled?: boolean;
                /** @description The population registered users are put in. */
                population?: components["schemas"]["ResourceRef"];
                /** @description An external registration page used instead of PingOne's. */
                external?: {
                    /** @description URL of the external registration page. */
                    href?: string;
                };
                /** @description Whether users review the data an identity provider returned before their account is created. */
                confirmIdentityProviderAttributes?: boolean;
            };
            /** @description External identity providers offered on the sign-on page. */
            socialProviders?: components["schemas"]["ResourceRef"][];
            /** @description Whether a locked account also blocks sign-on through external identity providers. */
            enforceLockoutForIdentityProviders?: boolean;
            /** @description Migration of users from an external directory (through a gateway) at their first sign-on. */
            newUserProvisioning?: {
                /** @description Gateways and user types searched for unknown users. */
                gateways?: {
                    /**
                     * Format: uuid
                     * @description ID of the gateway.
                     */
                    id?: string;
                    /** @description Kind of gateway. */
                    type?: "LDAP" | (string & {});
                    /** @description The gateway's user type used for the migration. */
                    userType?: components["schemas"]["ResourceRef"];
                }[];
            };
        };
        /**
         * Identity provider action
         * @description Sends the user to an external identity provider to sign on.
         */
        IdentityProviderSignOnPolicyAction: components["schemas"]["SignOnPolicyActionBase"] & {
            /**
             * @description Marks the identity provider variant.
             * @constant
             */
            type: "IDENTITY_PROVIDER";
            /** @description The external identity provider users are sent to. */
            identityProvider: components["schemas"]["ResourceRef"];
            /** @description Sign-on policy names requested from the provider (for `SAML` and `OPENID_CONNECT` providers), in order of preference. */
            acrValues?: string;
            /** @description Whether a login hint (the user's linked external ID, or the OIDC login hint of the flow) is passed to the provider. */
            passUserContext?: boolean;
            /** @description Registration of users the provider returns who have no PingOne account yet. */
            registration?: {
                /** @description Whether such users get an account. */
                enabled?: boolean;
                /** @description The population new users are put in. */
                population?: components["schemas"]["ResourceRef"];
                /** @description Whether users review the provider's data before their account is created. */
                confirmIdentityProviderAttributes?: boolean;
            };
        };
        /**
         * @description Kind of sign-on policy action. `PINGID_AUTHENTICATION` and
         *     `PINGID_WINLOGIN_PASSWORDLESS_AUTHENTICATION` exist in workforce environments only.
         * @enum {string}
         */
        SignOnPolicyActionType: "LOGIN" | "IDENTITY_PROVIDER" | "MULTI_FACTOR_AUTHENTICATION" | "IDENTIFIER_FIRST" | "PROGRESSIVE_PROFILING" | "AGREEMENT" | "PINGID_AUTHENTICATION" | "PINGID_WINLOGIN_PASSWORDLESS_AUTHENTICATION";
        /**
         * Other action
         * @description An action of any type other than `LOGIN` and `IDENTITY_PROVIDER` (multi-factor,
         *     identifier first, progressive profiling, agreement, PingID, or a type added later). Only
         *     the common properties are described; type-specific ones come as further properties.
         */
        OtherSignOnPolicyAction: components["schemas"]["SignOnPolicyActionBase"] & {
            /** @description Any type other than `LOGIN` and `IDENTITY_PROVIDER`. */
            type?: components["schemas"]["SignOnPolicyActionType"] | (string & {});
        };
        /**
         * @description A sign-on policy action, as the service returns it. Check `type` to tell the variants
         *     apart; every type other than `LOGIN` and `IDENTITY_PROVIDER` comes back as the third
         *     variant, so code that switches on `type` needs a default branch.
         */
        SignOnPolicyAction: components["schemas"]["LoginSignOnPolicyAction"] | components["schemas"]["IdentityProviderSignOnPolicyAction"] | components["schemas"]["OtherSignOnPolicyAction"];
        /** @description A page of sign-on policy actions. */
        SignOnPolicyActionCollection: components["schemas"]["Collection"] & {
            /** @description The items of this page. */
            _embedded: {
                /** @description The actions on this page. */
                actions: components["schemas"]["SignOnPolicyAction"][];
            };
        };
        /**
         * @description When the action applies, in PingOne's policy condition language: one comparison, or
         *     conditions combined with `and`, `or` and `not`. Without a condition the action always
         *     runs.
         */
        SignOnPolicyActionConditionInput: {
            /** @description A time variable, such as `${session.lastSignOn.withAuthenticator.pwd.at}`. */
            secondsSince: string;
            /** @description Number of seconds. */
            greater: number;
        } | {
            /** @description A variable, such as `${user.lifecycle.status}`. */
            value: string;
            /** @description The value to compare with. */
            equals: string | boolean;
        } | {
            /** @description A variable holding an IP address, such as `${flow.request.http.remoteIp}`. */
            contains: string;
            /** @description CIDR ranges. */
            ipRange: string[];
        } | {
            /** @description The score range. */
            ipRisk: {
                /** @description Lowest score of the range. */
                minScore: number;
                /** @description Highest score of the range. */
                maxScore: number;
            };
            /** @description Variable holding the address to score. */
            valid: string;
        } | {
            /** @description Variable holding the current address. */
            geoVelocity: string;
            /** @description The previous sign-on to compare with. */
            valid: {
                /** @description Variable holding the IP of the previous successful sign-on. */
                previousSuccessfulAuthenticationIp: string;
                /** @description Variable holding the time of the previous successful sign-on. */
                previousSuccessfulAuthenticationTime: string;
            };
        } | {
            /** @description Anonymous network kinds to detect. */
            anonymousNetwork: string[];
            /** @description Variable holding the address to check. */
            valid: string;
        } | {
            /** @description The conditions. */
            and: components["schemas"]["SignOnPolicyActionConditionInput"][];
        } | {
            /** @description The conditions. */
            or: components["schemas"]["SignOnPolicyActionConditionInput"][];
        } | {
            /** @description The condition to negate. */
            not: components["schemas"]["SignOnPolicyActionConditionInput"];
        };
        /** @description Properties every sign-on policy action accepts, whatever its type. */
        SignOnPolicyActionInputBase: {
            /** @description Kind of action; selects the variant. Cannot change after creation. */
            type: string;
            /** @description Evaluation order within the policy; 1 runs first. Priorities are unique within a policy. */
            priority: number;
            /** @description When the action applies. Leave it out to run the action every time. */
            condition?: components["schemas"]["SignOnPolicyActionConditionInput"];
        };
        /**
         * Login action
         * @description A login action to create, or its complete new state.
         */
        LoginSignOnPolicyActionInput: components["schemas"]["SignOnPolicyActionInputBase"] & {
            /**
             * @description Selects the login variant.
             * @constant
             */
            type: "LOGIN";
            /** @description Account recovery (forgotten password). Off unless enabled. */
            recovery?: {
                /** @description Whether users can recover their account. */
                enabled: boolean;
            };
            /** @description Self-registration of new users. Off unless enabled. */
            registration?: {
                /** @description Whether new users can register. Needed for social sign-on that creates accounts. */
                enabled: boolean;
                /** @description The population registered users are put in. */
                population?: components["schemas"]["ResourceRefInput"];
                /** @description An external registration page; only when `enabled` is false. */
                external?: {
                    /**
                     * Format: uri
                     * @description URL of the external registration page.
                     */
                    href: string;
                };
                /** @description Whether users review the data an identity provider returned before their account is created. Defaults to false. */
                confirmIdentityProviderAttributes?: boolean;
            };
            /** @description External identity providers offered on the sign-on page. */
            socialProviders?: components["schemas"]["ResourceRefInput"][];
            /** @description Whether a locked account also blocks sign-on through external identity providers. */
            enforceLockoutForIdentityProviders?: boolean;
            /** @description Migration of users from an external directory (through a gateway) at their first sign-on. */
            newUserProvisioning?: {
                /** @description Gateways and user types searched for unknown users. */
                gateways: {
                    /**
                     * Format: uuid
                     * @description ID of the gateway.
                     */
                    id: string;
                    /**
                     * @description Kind of gateway; only `LDAP` is supported.
                     * @enum {string}
                     */
                    type: "LDAP";
                    /** @description The gateway's user type used for the migration. */
                    userType: components["schemas"]["ResourceRefInput"];
                }[];
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "LOGIN";
        };
        /**
         * Identity provider action
         * @description An action that sends users to an external identity provider, to create, or its complete new state.
         */
        IdentityProviderSignOnPolicyActionInput: components["schemas"]["SignOnPolicyActionInputBase"] & {
            /**
             * @description Selects the identity provider variant.
             * @constant
             */
            type: "IDENTITY_PROVIDER";
            /** @description The external identity provider users are sent to. */
            identityProvider: components["schemas"]["ResourceRefInput"];
            /**
             * @description Sign-on policy names to request from the provider, in order of preference (for
             *     example `Single_Factor`); passed on to `SAML` and `OPENID_CONNECT` providers only.
             */
            acrValues?: string;
            /**
             * @description Whether to pass a login hint to the provider: the user's external ID from an
             *     existing account link, otherwise the OIDC login hint of the flow, if any.
             */
            passUserContext?: boolean;
            /** @description Registration of users the provider returns who have no PingOne account yet. */
            registration?: {
                /** @description Whether such users get an account. */
                enabled: boolean;
                /** @description The population new users are put in. */
                population?: components["schemas"]["ResourceRefInput"];
                /** @description Whether users review the provider's data before their account is created. Defaults to false. */
                confirmIdentityProviderAttributes?: boolean;
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "IDENTITY_PROVIDER";
        };
        /**
         * Other action
         * @description An action of another type (multi-factor, identifier first, progressive profiling,
         *     agreement, PingID). This description does not detail their settings: the type-specific
         *     properties Ping documents for each (for example `socialProviders` and `recovery` for
         *     `IDENTIFIER_FIRST`, `agreement` for `AGREEMENT`, `deviceAuthenticationPolicy` for
         *     `MULTI_FACTOR_AUTHENTICATION`) are accepted as further properties and checked by the
         *     service.
         */
        OtherSignOnPolicyActionInput: components["schemas"]["SignOnPolicyActionInputBase"] & ({
            /**
             * @description Kind of action.
             * @enum {string}
             */
            type: "MULTI_FACTOR_AUTHENTICATION" | "IDENTIFIER_FIRST" | "PROGRESSIVE_PROFILING" | "AGREEMENT" | "PINGID_AUTHENTICATION" | "PINGID_WINLOGIN_PASSWORDLESS_AUTHENTICATION";
        } & {
            [key: string]: unknown;
        }) & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "MULTI_FACTOR_AUTHENTICATION" | "IDENTIFIER_FIRST" | "PROGRESSIVE_PROFILING" | "AGREEMENT" | "PINGID_AUTHENTICATION" | "PINGID_WINLOGIN_PASSWORDLESS_AUTHENTICATION";
        };
        /**
         * @description A sign-on policy action to create, or the complete new state of one (PUT). `type` selects
         *     the variant; `LOGIN` and `IDENTITY_PROVIDER` are described in full, the other types are
         *     accepted with their type-specific properties unchecked here.
         */
        SignOnPolicyActionInput: components["schemas"]["LoginSignOnPolicyActionInput"] | components["schemas"]["IdentityProviderSignOnPolicyActionInput"] | components["schemas"]["OtherSignOnPolicyActionInput"];
        /**
         * @description Origin of an application attribute mapping: `CORE` and `SCOPE` mappings are reserved, kept
         *     by the service (their values can be changed, they cannot be removed); `CUSTOM` mappings are
         *     the ones you add, and can be changed and removed.
         * @enum {string}
         */
        ApplicationAttributeMappingType: "CORE" | "SCOPE" | "CUSTOM";
        /**
         * @description An attribute mapping of an application, as the service returns it: a claim (OpenID Connect)
         *     or assertion attribute (SAML) the application receives, and where its value comes from.
         */
        ApplicationAttributeMapping: {
            /**
             * Format: uuid
             * @description ID of the mapping.
             */
            id: string;
            /** @description The environment the mapping belongs to. */
            environment?: components["schemas"]["ResourceRef"];
            /** @description The application the mapping belongs to. */
            application?: components["schemas"]["ResourceRef"];
            /** @description Name of the claim or assertion attribute. */
            name: string;
            /** @description Where the value comes from, as an expression such as `${user.email}`. */
            value: string;
            /** @description Whether a non-empty value must be available; sign-on fails without one. */
            required?: boolean;
            /** @description Whether the mapping is core, scope-based or custom. */
            mappingType?: components["schemas"]["ApplicationAttributeMappingType"] | (string & {});
            /** @description For SAML, a URI that classifies the attribute name for the service provider. */
            nameFormat?: string;
            /** @description For OpenID Connect, whether the claim is put in ID tokens. */
            idToken?: boolean;
            /** @description For OpenID Connect, whether the claim is returned by the userinfo endpoint. */
            userInfo?: boolean;
            /** @description For OpenID Connect, the IDs of the `openid` scopes the claim is limited to; absent means the `openid` scope. */
            oidcScopes?: string[];
            /**
             * Format: date-time
             * @description When the mapping was created.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the mapping was last changed.
             */
            updatedAt?: string;
            /** @description Links to the mapping and its application. */
            _links?: components["schemas"]["Links"];
        };
        /** @description The attribute mappings of an application. */
        ApplicationAttributeMappingCollection: components["schemas"]["Collection"] & {
            /** @description The items of this page. */
            _embedded: {
                /** @description The attribute mappings, core, scope and custom. */
                attributes: components["schemas"]["ApplicationAttributeMapping"][];
            };
        };
        /**
         * @description An application attribute mapping to create, or its complete new state (PUT). `idToken`,
         *     `userInfo` and `oidcScopes` only apply to OpenID Connect applications, `nameFormat` to SAML
         *     ones; `idToken` and `userInfo` cannot both be false.
         */
        ApplicationAttributeMappingInput: {
            /**
             * @description Name of the claim or assertion attribute, unique within the application. For SAML,
             *     `samlAssertion.subject` (case-insensitive) maps the assertion's subject. For OpenID Connect these
             *     names are reserved: `acr`, `amr`, `at_hash`, `aud`, `auth_time`, `azp`, `client_id`,
             *     `exp`, `iat`, `iss`, `jti`, `nbf`, `nonce`, `org`, `scope`, `sid`, `sub`.
             */
            name: string;
            /** @description A static string or an expression over the user, such as `${user.email}` or `${user.id}`. */
            value: string;
            /** @description Whether a non-empty value must be available; a token or assertion without one is an error. */
            required: boolean;
            /** @description Origin of the mapping. Mappings you create are `CUSTOM`, the value used when it is left out. */
            mappingType?: components["schemas"]["ApplicationAttributeMappingType"];
            /** @description For SAML, a URI that classifies the attribute name, such as `urn:oasis:names:tc:SAML:2.0:attrname-format:basic`. */
            nameFormat?: string;
            /** @description For OpenID Connect, put the claim in ID tokens (true when left out). */
            idToken?: boolean;
            /** @description For OpenID Connect, return the claim from the userinfo endpoint (true when left out). */
            userInfo?: boolean;
            /**
             * @description For OpenID Connect, the IDs of `openid` resource scopes (granted to the application) the
             *     claim is returned for, overriding any scope-wide mapping of the same name. Leave it out
             *     for the `openid` scope; an empty list is rejected.
             */
            oidcScopes?: string[];
        };
        /**
         * @description A resource access grant, as the service returns it: which scopes of one resource an
         *     application may request.
         */
        ApplicationResourceGrant: {
            /**
             * Format: uuid
             * @description ID of the grant.
             */
            id: string;
            /** @description The environment the grant belongs to. */
            environment?: components["schemas"]["ResourceRef"];
            /** @description The application the grant belongs to. */
            application?: components["schemas"]["ResourceRef"];
            /** @description The resource whose scopes are granted. */
            resource: components["schemas"]["ResourceRef"];
            /** @description The granted scopes, all of `resource`. */
            scopes: components["schemas"]["ResourceRef"][];
            /**
             * Format: date-time
             * @description When the grant was created.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the grant was last changed.
             */
            updatedAt?: string;
            /** @description Links to the grant, its application and its resource. */
            _links?: components["schemas"]["Links"];
        };
        /** @description The resource access grants of an application. */
        ApplicationResourceGrantCollection: components["schemas"]["Collection"] & {
            /** @description The items of this page. */
            _embedded: {
                /** @description The grants. */
                grants: components["schemas"]["ApplicationResourceGrant"][];
            };
        };
        /**
         * @description A resource access grant to create, or its complete new state (PUT). Every scope must belong
         *     to `resource`. An application has at most one grant per resource, and its grants cannot
         *     name two scopes of the same name. Worker applications using client credentials cannot be
         *     granted OpenID Connect scopes.
         */
        ApplicationResourceGrantInput: {
            /** @description The resource whose scopes are granted. Cannot be changed after creation. */
            resource: components["schemas"]["ResourceRefInput"];
            /** @description The scopes of `resource` to grant. */
            scopes: components["schemas"]["ResourceRefInput"][];
        };
        /**
         * @description Kind of resource. `CUSTOM` is an API of your own that PingOne issues access tokens for, and
         *     the only kind that can be created. `OPENID_CONNECT` (named `openid`) and `PINGONE_API`
         *     (named `PingOne API`) are the two built-in resources every environment has. Ping's overview
         *     page spells the latter `PING_ONE_API`; the service and Ping's SDKs use `PINGONE_API`.
         * @enum {string}
         */
        ResourceType: "OPENID_CONNECT" | "PINGONE_API" | "CUSTOM";
        /**
         * @description How a resource server authenticates itself, with the resource's client ID and secret, when
         *     it calls the token introspection endpoint. `NONE` allows introspection without credentials.
         * @enum {string}
         */
        ResourceIntrospectEndpointAuthMethod: "NONE" | "CLIENT_SECRET_BASIC" | "CLIENT_SECRET_POST";
        /**
         * @description A resource: an API protected by PingOne, which applications are granted scopes of and which
         *     PingOne issues access tokens for (its `audience` is the tokens' `aud`). Check `type` to tell
         *     the built-in resources from custom ones; other types may appear.
         */
        Resource: {
            /**
             * Format: uuid
             * @description ID of the resource.
             */
            id: string;
            /** @description The environment the resource belongs to. */
            environment?: components["schemas"]["ResourceRef"];
            /** @description Name of the resource, unique in the environment (`openid` and `PingOne API` for the built-in ones). */
            name: string;
            /** @description Free text describing the resource. */
            description?: string;
            /** @description Kind of resource. */
            type?: components["schemas"]["ResourceType"] | (string & {});
            /** @description Value of the `aud` claim in access tokens for this resource. Defaults to the resource's name. */
            audience?: string;
            /** @description Lifetime, in seconds, of access tokens issued for this resource (3600 unless set). */
            accessTokenValiditySeconds?: number;
            /** @description How the resource server authenticates at the token introspection endpoint. */
            introspectEndpointAuthMethod?: components["schemas"]["ResourceIntrospectEndpointAuthMethod"] | (string & {});
            /** @description Whether access tokens for this resource carry the user's application permissions. */
            applicationPermissionsSettings?: {
                /** @description Whether the application permissions claim is added to access tokens (false unless set). */
                claimEnabled?: boolean;
            };
            /** @description The client ID the resource server uses at the introspection endpoint, when one was imported at creation. */
            clientId?: string;
            /**
             * Format: date-time
             * @description When the resource was created.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the resource was last changed.
             */
            updatedAt?: string;
            /** @description Links to the resource and its scopes, attributes and secret. */
            _links?: components["schemas"]["Links"];
        };
        /** @description The resources of an environment. */
        ResourceCollection: components["schemas"]["Collection"] & {
            /** @description The items of this page. */
            _embedded: {
                /** @description The resources, built-in and custom. */
                resources: components["schemas"]["Resource"][];
            };
        };
        /**
         * @description A new custom resource. Only `CUSTOM` resources can be created; the two built-in resources
         *     exist in every environment already.
         */
        ResourceCreate: {
            /** @description Name of the resource, unique in the environment. */
            name: string;
            /**
             * @description Kind of resource. May be left out; the only value accepted is `CUSTOM`.
             * @constant
             */
            type?: "CUSTOM";
            /** @description Free text describing the resource. */
            description?: string;
            /**
             * @description Value of the `aud` claim in access tokens for the resource: a URL without a fragment,
             *     such as `https://api.example.com`, that does not contain `pingone` or `pingidentity`.
             *     Defaults to the resource's name.
             */
            audience?: string;
            /** @description Lifetime of access tokens for the resource, from 5 minutes to 30 days, in seconds. 3600 when left out. */
            accessTokenValiditySeconds?: number;
            /** @description How the resource server authenticates at the token introspection endpoint. */
            introspectEndpointAuthMethod?: components["schemas"]["ResourceIntrospectEndpointAuthMethod"];
            /** @description Whether access tokens for this resource carry the user's application permissions. */
            applicationPermissionsSettings?: {
                /** @description Add the application permissions claim to access tokens. False when left out. */
                claimEnabled?: boolean;
            };
            /**
             * @description For migrating an existing resource server: its client ID (at least 8 alphanumeric
             *     characters, unique across PingOne). Needs `clientSecret` too, and an environment where
             *     importing client credentials is enabled. Only accepted at creation.
             */
            clientId?: string;
            /**
             * Format: password
             * @description The client secret that goes with `clientId` (at least 8 alphanumeric characters). Never returned.
             */
            clientSecret?: string;
        };
        /**
         * @description The complete new state of a resource (PUT replaces it): properties left out are cleared or
         *     return to their defaults. The type and any imported client ID cannot be changed.
         */
        ResourceUpdate: {
            /** @description Name of the resource, unique in the environment. */
            name: string;
            /** @description Free text describing the resource. */
            description?: string;
            /** @description Value of the `aud` claim in access tokens; a URL without a fragment that does not contain `pingone` or `pingidentity`. */
            audience?: string;
            /** @description Lifetime of access tokens, from 5 minutes to 30 days, in seconds. Back to 3600 when left out. */
            accessTokenValiditySeconds?: number;
            /** @description How the resource server authenticates at the token introspection endpoint. */
            introspectEndpointAuthMethod?: components["schemas"]["ResourceIntrospectEndpointAuthMethod"];
            /** @description Whether access tokens for this resource carry the user's application permissions. */
            applicationPermissionsSettings?: {
                /** @description Add the application permissions claim to access tokens. False when left out. */
                claimEnabled?: boolean;
            };
        };
        /** @description A scope of a resource, as the service returns it. Applications are granted scopes; access tokens carry them. */
        ResourceScope: {
            /**
             * Format: uuid
             * @description ID of the scope.
             */
            id: string;
            /** @description The environment the scope belongs to. */
            environment?: components["schemas"]["ResourceRef"];
            /** @description The resource the scope belongs to. */
            resource?: components["schemas"]["ResourceRef"];
            /** @description Name of the scope as it appears in authorization requests and tokens, such as `read:photos`. */
            name: string;
            /** @description Free text describing the scope. */
            description?: string;
            /**
             * @description For the PingOne API's user scopes (`p1:read:user`, `p1:update:user` and their
             *     `:{suffix}` variants): the user attributes the scope lets an actor read or change.
             */
            schemaAttributes?: string[];
            /** @description For scopes of the `openid` resource, the IDs of the custom resource attributes the scope returns as claims. */
            mappedClaims?: string[];
            /**
             * Format: date-time
             * @description When the scope was created.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the scope was last changed.
             */
            updatedAt?: string;
            /** @description Links to the scope and its resource. */
            _links?: components["schemas"]["Links"];
        };
        /** @description The scopes of a resource. */
        ResourceScopeCollection: components["schemas"]["Collection"] & {
            /** @description The items of this page. */
            _embedded: {
                /** @description The scopes. */
                scopes: components["schemas"]["ResourceScope"][];
            };
        };
        /**
         * @description A scope to create, or its complete new state (PUT replaces it: properties left out are
         *     cleared). The scope belongs to the resource in the path.
         */
        ResourceScopeInput: {
            /** @description Name of the scope, unique within its resource, such as `read:photos`. */
            name: string;
            /** @description Free text describing the scope. */
            description?: string;
            /**
             * @description Only for the PingOne API's `p1:read:user`, `p1:update:user`, `p1:read:user:{suffix}` and
             *     `p1:update:user:{suffix}` scopes: the user attribute paths (such as `username`,
             *     `name.given`) the scope covers. `*` alone means every attribute.
             */
            schemaAttributes?: string[];
            /**
             * @description Only for scopes of the `OPENID_CONNECT` resource: IDs of custom attributes of that
             *     resource to return as claims when the scope is requested. Ping's request table marks it
             *     required but its own examples leave it out for custom resources; it is optional here.
             */
            mappedClaims?: string[];
        };
        /**
         * @description Origin of a resource attribute: `CORE` claims are required and cannot be removed,
         *     `PREDEFINED` ones (such as `given_name` on the `openid` resource) can be changed but not
         *     removed, and every attribute you create is `CUSTOM`.
         * @enum {string}
         */
        ResourceAttributeType: "CORE" | "CUSTOM" | "PREDEFINED";
        /** @description An attribute of a resource, as the service returns it; a claim PingOne adds to that resource's tokens. */
        ResourceAttribute: {
            /**
             * Format: uuid
             * @description ID of the attribute.
             */
            id: string;
            /** @description The environment the attribute belongs to. */
            environment?: components["schemas"]["ResourceRef"];
            /** @description The resource the attribute belongs to. */
            resource?: components["schemas"]["ResourceRef"];
            /** @description Name of the claim. */
            name: string;
            /** @description The claim's value, a static string or an expression over the user such as `${user.email}`. */
            value: string;
            /** @description Whether the attribute is core, predefined or custom. */
            type?: components["schemas"]["ResourceAttributeType"] | (string & {});
            /** @description For the `openid` resource, whether the claim is put in ID tokens. */
            idToken?: boolean;
            /** @description For the `openid` resource, whether the claim is returned by the userinfo endpoint. */
            userInfo?: boolean;
            /**
             * Format: date-time
             * @description When the attribute was created.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the attribute was last changed.
             */
            updatedAt?: string;
            /** @description Links to the attribute and its resource. */
            _links?: components["schemas"]["Links"];
        };
        /** @description The attributes (access token claims) of a resource. */
        ResourceAttributeCollection: components["schemas"]["Collection"] & {
            /** @description The items of this page. */
            _embedded: {
                /** @description The attributes. */
                attributes: components["schemas"]["ResourceAttribute"][];
            };
        };
        /**
         * @description A resource attribute to create, or its complete new state (PUT). `idToken` and `userInfo`
         *     only apply to the `OPENID_CONNECT` resource, and cannot both be false.
         */
        ResourceAttributeInput: {
            /**
             * @description Name of the claim, unique within the resource. On the `openid` resource these names are
             *     reserved: `acr`, `amr`, `aud`, `auth_time`, `client_id`, `env`, `exp`, `iat`, `iss`,
             *     `jti`, `org`, `scope`, `sid`, `sub` and anything starting with `p1.`.
             */
            name: string;
            /**
             * @description A static string, or a placeholder or expression over enabled user schema attributes,
             *     such as `${user.email}` or `${user.name.given + ' ' + user.name.family}`.
             */
            value: string;
            /** @description Put the claim in ID tokens (true when left out). */
            idToken?: boolean;
            /** @description Return the claim from the userinfo endpoint (true when left out). */
            userInfo?: boolean;
        };
        /**
         * @description The client secret of a custom resource, which its resource server uses at the token
         *     introspection endpoint. It is a credential: keep it out of logs.
         */
        ResourceSecret: {
            /** @description The environment the resource belongs to. */
            environment?: components["schemas"]["ResourceRef"];
            /**
             * Format: password
             * @description The current secret, generated by PingOne (characters a-z, A-Z, 0-9, `-`, `.`, `_`, `~`).
             */
            secret: string;
            /** @description The secret replaced by the last rotation, while it is still accepted. */
            previous?: {
                /**
                 * Format: password
                 * @description The replaced secret; present until it expires.
                 */
                secret?: string;
                /**
                 * Format: date-time
                 * @description When the replaced secret stops being accepted.
                 */
                expiresAt: string;
                /**
                 * Format: date-time
                 * @description When the replaced secret was last used.
                 */
                lastUsed?: string;
            };
            /** @description Links to the secret, the resource and the environment. */
            _links?: components["schemas"]["Links"];
        };
        /**
         * @description An application resource, as the service returns it: a part of your own application (such
         *     as `invoices`) that application permissions and roles of PingOne Authorize refer to. It is
         *     defined on a custom resource.
         */
        ApplicationResource: {
            /**
             * Format: uuid
             * @description ID of the application resource.
             */
            id: string;
            /** @description The environment the application resource belongs to. */
            environment?: components["schemas"]["ResourceRef"];
            /** @description Name of the application resource, unique in the environment. */
            name: string;
            /** @description Free text describing the application resource. */
            description?: string;
            /** @description What the application resource is defined on. */
            parent?: {
                /** @description Kind of parent; `PING_ONE_RESOURCE` is a PingOne resource. */
                type?: "PING_ONE_RESOURCE" | (string & {});
                /** @description ID of the parent. */
                id?: string;
            };
            /**
             * Format: date-time
             * @description When the application resource was created.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the application resource was last changed.
             */
            updatedAt?: string;
            /** @description Links to the application resource and its parent. */
            _links?: components["schemas"]["Links"];
        };
        /** @description The application resources defined on a resource. */
        ApplicationResourceCollection: components["schemas"]["Collection"] & {
            /** @description The items of this page. */
            _embedded: {
                /** @description The application resources. */
                resources: components["schemas"]["ApplicationResource"][];
            };
        };
        /**
         * @description An application resource to create, or its complete new state (PUT). Its parent is the
         *     resource in the path and cannot be set.
         */
        ApplicationResourceInput: {
            /** @description Name of the application resource, unique in the environment. */
            name: string;
            /** @description Free text describing the application resource. */
            description?: string;
        };
        /**
         * @description An application permission, as the service returns it: an action on an application resource
         *     (`invoices:read`). Permissions are managed through PingOne Authorize; this description only
         *     lists them per resource.
         */
        ApplicationPermission: {
            /**
             * Format: uuid
             * @description ID of the permission.
             */
            id: string;
            /** @description The action the permission allows, such as `read`. */
            action: string;
            /** @description Free text describing the permission. */
            description?: string;
            /** @description The permission as `<application resource name>:<action>`. */
            key?: string;
            /** @description The application resource the permission is on. */
            resource?: {
                /** @description ID of the application resource. */
                id?: string;
                /** @description Name of the application resource. */
                name?: string;
            };
            /** @description The PingOne resource the application resource is defined on. */
            resourceServer?: {
                /** @description ID of the resource. */
                id?: string;
                /** @description The environment of the resource. */
                environment?: components["schemas"]["ResourceRef"];
            };
            /** @description The environment the permission belongs to. */
            environment?: components["schemas"]["ResourceRef"];
            /** @description Links to the permission. */
            _links?: components["schemas"]["Links"];
        };
        /** @description The application permissions defined on a resource's application resources. */
        ApplicationPermissionCollection: components["schemas"]["Collection"] & {
            /** @description The items of this page. */
            _embedded: {
                /** @description The permissions. */
                permissions: components["schemas"]["ApplicationPermission"][];
            };
        };
        /**
         * @description Data type of a user schema attribute. New attributes are `STRING` (the default) or `JSON`;
         *     `BOOLEAN` and `COMPLEX` exist only among the built-in standard attributes.
         * @enum {string}
         */
        SchemaAttributeType: "STRING" | "JSON" | "BOOLEAN" | "COMPLEX";
        /**
         * @description Origin of a user schema attribute. `CORE` attributes (such as `username`) cannot be changed;
         *     `STANDARD` attributes (such as `email` or `address`) allow only `enabled` and `unique` to
         *     change; `CUSTOM` attributes are the ones administrators add, and every new attribute is one.
         * @enum {string}
         */
        SchemaAttributeSchemaType: "CORE" | "STANDARD" | "CUSTOM";
        /** @description One allowed value of a `STRING` attribute, as the service returns it. */
        SchemaAttributeEnumeratedValue: {
            /** @description The value. Case-sensitive, and it cannot change once defined. */
            value: string;
            /** @description Whether the value is retired. Users that have it keep it, but it can no longer be given to anyone. */
            archived?: boolean;
            /** @description Free text explaining the value. */
            description?: string;
        };
        /** @description A regular expression every value of a `STRING` attribute must match, as the service returns it. */
        SchemaAttributeRegexValidation: {
            /** @description The regular expression values must match. */
            pattern: string;
            /** @description Human-readable explanation of what the expression demands, shown when a value is rejected. */
            requirements?: string;
            /** @description Sample values the expression must accept. */
            valuesPatternShouldMatch?: string[];
            /** @description Sample values the expression must reject. */
            valuesPatternShouldNotMatch?: string[];
        };
        /** @description One part of a `COMPLEX` schema attribute, as the service returns it. */
        SchemaSubAttribute: {
            /** @description Name of the part, as it appears inside the attribute's value. */
            name: string;
            /** @description Label shown for the part. */
            displayName?: string;
            /** @description Free text describing the part. */
            description?: string;
            /** @description Data type of the part; parts are `STRING` or `JSON`. */
            type?: components["schemas"]["SchemaAttributeType"] | (string & {});
            /** @description Origin of the part, as for whole attributes. */
            schemaType?: components["schemas"]["SchemaAttributeSchemaType"] | (string & {});
            /** @description Whether the part is in use. */
            enabled?: boolean;
            /** @description Whether a value of the attribute must contain this part. */
            required?: boolean;
            /** @description Whether no two users may have the same value for this part. */
            unique?: boolean;
            /** @description Whether the part holds a list of values. */
            multiValued?: boolean;
            /** @description Name of the LDAP attribute the service stores the part in. */
            ldapAttribute?: string;
        };
        /**
         * @description One attribute of the user schema, as the service returns it. The same model serves every
         *     `type`: `enumeratedValues` and `regexValidation` only occur on `STRING` attributes and
         *     `subAttributes` only on `COMPLEX` ones. Disabled attributes are ignored when users are
         *     written and left out when they are read.
         */
        SchemaAttribute: {
            /**
             * Format: uuid
             * @description ID of the attribute.
             */
            id: string;
            /** @description The environment the attribute belongs to. */
            environment?: components["schemas"]["ResourceRef"];
            /** @description The schema the attribute belongs to. */
            schema?: components["schemas"]["ResourceRef"];
            /** @description Name of the attribute, as it appears on users. Unique within the schema; cannot change. */
            name: string;
            /** @description Label shown for the attribute, such as `T-shirt size`. */
            displayName?: string;
            /** @description Free text describing the attribute. */
            description?: string;
            /** @description Data type of the attribute. Cannot change after creation. */
            type: components["schemas"]["SchemaAttributeType"] | (string & {});
            /** @description Whether the attribute is built in (`CORE`, `STANDARD`) or added by an administrator (`CUSTOM`). */
            schemaType?: components["schemas"]["SchemaAttributeSchemaType"] | (string & {});
            /** @description Whether the attribute is in use. */
            enabled?: boolean;
            /** @description Whether every user must have a value. */
            required?: boolean;
            /** @description Whether no two users of the environment may have the same value. */
            unique?: boolean;
            /** @description Whether users hold a list of values (up to 1,000) instead of one. */
            multiValued?: boolean;
            /** @description Name of the LDAP attribute the service stores the value in. */
            ldapAttribute?: string;
            /** @description The values a `STRING` attribute is limited to, when it is limited. */
            enumeratedValues?: components["schemas"]["SchemaAttributeEnumeratedValue"][];
            /** @description The regular expression values of a `STRING` attribute must match, when there is one. */
            regexValidation?: components["schemas"]["SchemaAttributeRegexValidation"];
            /** @description The parts of a `COMPLEX` attribute (for example `given` and `family` of `name`). One level deep. */
            subAttributes?: components["schemas"]["SchemaSubAttribute"][];
            /** @description Links to the attribute. */
            _links?: components["schemas"]["Links"];
        };
        /**
         * @description A resource schema: the set of attributes a kind of resource can carry. Every environment
         *     has exactly one, `User`, which PingOne creates with the environment; it cannot be created,
         *     renamed or deleted through the API.
         */
        Schema: {
            /**
             * Format: uuid
             * @description ID of the schema.
             */
            id: string;
            /** @description The environment the schema belongs to. */
            environment?: components["schemas"]["ResourceRef"];
            /** @description Name of the schema; `User` for the user schema. */
            name: string;
            /** @description Free text describing the schema. */
            description?: string;
            /**
             * @description Whether user searches may still use the `co` (contains) operator on more custom
             *     attributes; it can be enabled on at most five.
             */
            allowsContainsOperator?: boolean;
            /** @description The schema's attributes, present only when the schema is read with `expand=attributes`. */
            _embedded?: {
                /** @description Every attribute of the schema. */
                attributes?: components["schemas"]["SchemaAttribute"][];
            };
            /** @description Links to the schema, its environment and its attributes. */
            _links?: components["schemas"]["Links"];
        };
        /** @description The schemas of an environment (in practice the single `User` schema). */
        SchemaCollection: components["schemas"]["Collection"] & {
            /** @description The items of this page. */
            _embedded: {
                /** @description The schemas. */
                schemas: components["schemas"]["Schema"][];
            };
        };
        /** @description The attributes of a schema, core, standard and custom alike. */
        SchemaAttributeCollection: components["schemas"]["Collection"] & {
            /** @description The items of this page. */
            _embedded: {
                /** @description The attributes. */
                attributes: components["schemas"]["SchemaAttribute"][];
            };
        };
        /** @description One allowed value of a `STRING` attribute, as a request sends it. */
        SchemaAttributeEnumeratedValueInput: {
            /**
             * @description The value. Case-sensitive; two values that differ only in case are rejected. A value
             *     cannot be changed or removed later, only archived. An attribute takes at most 100 values.
             */
            value: string;
            /** @description Retires the value. Users keep an archived value, but no one can be given it anymore. */
            archived?: boolean;
            /** @description Free text explaining the value. */
            description?: string;
        };
        /**
         * @description A regular expression every value of a `STRING` attribute must match, as a request sends it.
         *     The service checks the sample values against the expression when it stores it.
         */
        SchemaAttributeRegexValidationInput: {
            /** @description The regular expression values must match. */
            pattern: string;
            /** @description Human-readable explanation of what the expression demands, shown when a value is rejected. */
            requirements: string;
            /** @description Sample values the expression must accept; the request fails if one does not match. */
            valuesPatternShouldMatch?: string[];
            /** @description Sample values the expression must reject; the request fails if one matches. */
            valuesPatternShouldNotMatch?: string[];
        };
        /**
         * @description A new custom attribute of the user schema. An environment takes at most 100 custom `STRING`
         *     and 100 custom `JSON` attributes, and all custom values of one user together must stay
         *     under 16 KB. A `STRING` attribute may restrict its values with `enumeratedValues` or with
         *     `regexValidation`, but not both in the same request.
         */
        SchemaAttributeCreate: {
            /**
             * @description Name of the attribute as it will appear on users: a letter, then letters, digits or
             *     hyphens, at most 256 characters, unique within the schema. Cannot change later.
             */
            name: string;
            /** @description Label shown for the attribute, such as `T-shirt size`. Not empty when given. */
            displayName?: string;
            /** @description Free text describing the attribute. Not empty when given. */
            description?: string;
            /**
             * @description Data type: `STRING` (the default) or `JSON` (structured values). Cannot change later;
             *     `BOOLEAN` and `COMPLEX` attributes cannot be created.
             * @enum {string}
             */
            type?: "STRING" | "JSON";
            /**
             * @description Origin of the attribute; new attributes are always `CUSTOM`, so this may be left out.
             * @enum {string}
             */
            schemaType?: "CUSTOM";
            /** @description Whether the attribute is in use. Disabled attributes are ignored on writes and hidden on reads. */
            enabled: boolean;
            /** @description Whether no two users of the environment may have the same value. */
            unique: boolean;
            /**
             * @description Whether users hold a list of values instead of one (searches match any of them). Can
             *     later change from `false` to `true`, never back.
             */
            multiValued?: boolean;
            /** @description Accepted but ignored on creation; new attributes are never required. */
            required?: boolean;
            /** @description For a `STRING` attribute, the only values users may have. */
            enumeratedValues?: components["schemas"]["SchemaAttributeEnumeratedValueInput"][];
            /** @description For a `STRING` attribute, a regular expression every value must match. */
            regexValidation?: components["schemas"]["SchemaAttributeRegexValidationInput"];
        };
        /** @description One part of a built-in `COMPLEX` attribute, repeated in a replace or update request. */
        SchemaSubAttributeInput: {
            /** @description Name of the part; identifies it and cannot change. */
            name: string;
            /** @description Label shown for the part. */
            displayName?: string;
            /** @description Free text describing the part. */
            description?: string;
            /**
             * @description Data type of the part, repeated as stored.
             * @enum {string}
             */
            type?: "STRING" | "JSON";
            /** @description Origin of the part, repeated as stored. */
            schemaType?: components["schemas"]["SchemaAttributeSchemaType"];
            /** @description Whether the part is in use. */
            enabled: boolean;
            /** @description Whether a value of the attribute must contain this part. */
            required?: boolean;
            /** @description Whether no two users may have the same value for this part. */
            unique?: boolean;
        };
        /**
         * @description The complete new state of a schema attribute (PUT replaces it; properties left out are
         *     removed). What may change depends on the attribute's origin: nothing on `CORE` attributes,
         *     only `enabled` and `unique` on `STANDARD` ones, everything but `name`, `type` and the schema
         *     on `CUSTOM` ones. `required` cannot be sent.
         */
        SchemaAttributeUpdate: {
            /** @description Name of the attribute, repeated as stored; it cannot change. */
            name: string;
            /** @description Label shown for the attribute. */
            displayName?: string;
            /** @description Free text describing the attribute. */
            description?: string;
            /** @description Data type, repeated as stored; it cannot change. */
            type?: components["schemas"]["SchemaAttributeType"];
            /** @description Origin of the attribute, repeated as stored. */
            schemaType?: components["schemas"]["SchemaAttributeSchemaType"];
            /** @description Whether the attribute is in use. */
            enabled: boolean;
            /** @description Whether no two users of the environment may have the same value. */
            unique: boolean;
            /** @description Whether users hold a list of values; may change from `false` to `true` only. */
            multiValued?: boolean;
            /** @description For a `STRING` attribute, the only values users may have. Existing values can be archived, not removed. */
            enumeratedValues?: components["schemas"]["SchemaAttributeEnumeratedValueInput"][];
            /** @description For a `STRING` attribute, a regular expression every value must match. */
            regexValidation?: components["schemas"]["SchemaAttributeRegexValidationInput"];
            /** @description For a built-in `COMPLEX` attribute, its parts, repeated with their settings. */
            subAttributes?: components["schemas"]["SchemaSubAttributeInput"][];
        };
        /**
         * @description A partial change to a schema attribute (PATCH): only the properties sent change, the others
         *     stay. The same limits as for a replacement apply (`name` and `type` are fixed, `STANDARD`
         *     attributes only take `enabled` and `unique`, `required` cannot be sent).
         */
        SchemaAttributePatch: {
            /** @description Name of the attribute; may be repeated, not changed. */
            name?: string;
            /** @description Label shown for the attribute. */
            displayName?: string;
            /** @description Free text describing the attribute. */
            description?: string;
            /** @description Data type; may be repeated, not changed. */
            type?: components["schemas"]["SchemaAttributeType"];
            /** @description Origin of the attribute; may be repeated, not changed. */
            schemaType?: components["schemas"]["SchemaAttributeSchemaType"];
            /** @description Whether the attribute is in use. */
            enabled?: boolean;
            /** @description Whether no two users of the environment may have the same value. */
            unique?: boolean;
            /** @description Whether users hold a list of values; may change from `false` to `true` only. */
            multiValued?: boolean;
            /** @description For a `STRING` attribute, the complete new list of allowed values. */
            enumeratedValues?: components["schemas"]["SchemaAttributeEnumeratedValueInput"][];
            /** @description For a `STRING` attribute, the new regular expression. */
            regexValidation?: components["schemas"]["SchemaAttributeRegexValidationInput"];
            /** @description For a built-in `COMPLEX` attribute, its parts with their settings. */
            subAttributes?: components["schemas"]["SchemaSubAttributeInput"][];
        };
        /**
         * @description A password policy, as the service returns it. Populations point at a policy; users of a
         *     population without one follow the environment's default policy. Each environment starts
         *     with three policies: `Standard` (the default), `Passphrase` and `Basic`. A rule that is
         *     absent is not enforced.
         */
        PasswordPolicy: {
            /**
             * Format: uuid
             * @description ID of the policy.
             */
            id: string;
            /** @description The environment the policy belongs to. */
            environment?: components["schemas"]["ResourceRef"];
            /** @description Name of the policy, unique in the environment. */
            name: string;
            /** @description Free text describing the policy. */
            description?: string;
            /** @description Whether this is the environment's default policy. Exactly one policy is. */
            default?: boolean;
            /** @description Whether passwords found on a list of commonly used passwords are rejected. */
            excludesCommonlyUsed?: boolean;
            /** @description Whether a password equal to a value of the user's profile (name, phone number, address ...) is rejected. */
            excludesProfileData?: boolean;
            /**
             * @description Whether a new password too close to the current one (Levenshtein distance below 3) is
             *     rejected. Only checked when the user supplies both, since PingOne cannot read the
             *     current password.
             */
            notSimilarToCurrent?: boolean;
            /** @description Prevents reuse of recent passwords. */
            history?: {
                /** @description How many previous passwords are remembered. */
                count?: number;
                /** @description For how many days previous passwords are remembered. */
                retentionDays?: number;
            };
            /** @description Locks the password after repeated failures. */
            lockout?: {
                /** @description Failed attempts that lock the password. */
                failureCount?: number;
                /** @description Seconds until a locked password unlocks by itself. */
                durationSeconds?: number;
            };
            /** @description Allowed password length. */
            length?: {
                /** @description Fewest characters allowed. */
                min?: number;
                /** @description Most characters allowed. */
                max?: number;
            };
            /**
             * @description Character classes a password must contain: each key is a class spelled out as its
             *     characters, each value how many characters of that class are needed.
             */
            minCharacters?: {
                /** @description Upper-case letters needed. */
                ABCDEFGHIJKLMNOPQRSTUVWXYZ?: number;
                /** @description Lower-case letters needed. */
                abcdefghijklmnopqrstuvwxyz?: number;
                /** @description Digits needed. */
                "0123456789"?: number;
                /** @description Special characters needed. */
                "~!@#$%^&*()-_=+[]{}|;:,.<>/?"?: number;
            } & {
                [key: string]: number;
            };
            /** @description Days after which a password expires and must be changed. */
            maxAgeDays?: number;
            /** @description Days a password must be kept before the user may change it. */
            minAgeDays?: number;
            /** @description Longest run of one repeated character allowed. */
            maxRepeatedCharacters?: number;
            /** @description Fewest distinct characters a password must contain. */
            minUniqueCharacters?: number;
            /**
             * @description Required strength, as the number of days a brute-force search of the password's
             *     "haystack" (Gibson Research's password haystacks) would need.
             */
            minComplexity?: number;
            /** @description Limit on runs of consecutive letters (`abc`). Listed by the Go SDK description, not by Ping's reference page. */
            alphabetSequenceRule?: {
                /** @description Longest allowed run. */
                maxLength?: number;
            };
            /** @description Limit on runs of consecutive digits (`123`). Listed by the Go SDK description, not by Ping's reference page. */
            numberSequenceRule?: {
                /** @description Longest allowed run. */
                maxLength?: number;
            };
            /** @description Limit on runs of adjacent keyboard keys (`qwe`). Listed by the Go SDK description, not by Ping's reference page. */
            qwertySequenceRule?: {
                /** @description Longest allowed run. */
                maxLength?: number;
            };
            /** @description Limit on runs of the shifted number row (`!@#`). Listed by the Go SDK description, not by Ping's reference page. */
            shiftedNumberRowSequenceRule?: {
                /** @description Longest allowed run. */
                maxLength?: number;
            };
            /** @description Number of populations that use the policy. */
            populationCount?: number;
            /**
             * Format: date-time
             * @description When the policy was created.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the policy was last changed.
             */
            updatedAt?: string;
            /** @description Links to the policy and its environment. */
            _links?: components["schemas"]["Links"];
        };
        /** @description The password policies of an environment. */
        PasswordPolicyCollection: components["schemas"]["Collection"] & {
            /** @description The items of this page. */
            _embedded: {
                /** @description The password policies. */
                passwordPolicies: components["schemas"]["PasswordPolicy"][];
            };
        };
        /**
         * @description A password policy to create, or its complete new state (PUT). Leave a rule out to switch it
         *     off. Ping's page lists fixed values for some rules (length 8 to 255, at most 2 repeated
         *     characters, 1 of each character class, complexity 7, 5 unique characters): they can be
         *     switched off but, according to the page, not changed.
         */
        PasswordPolicyInput: {
            /** @description Name of the policy, unique in the environment. */
            name: string;
            /** @description Free text describing the policy. */
            description?: string;
            /** @description Makes this the environment's default policy; the previous default stops being one. */
            default: boolean;
            /** @description Rejects passwords found on a list of commonly used passwords. */
            excludesCommonlyUsed: boolean;
            /** @description Rejects a password equal to a value of the user's profile. */
            excludesProfileData: boolean;
            /** @description Rejects a new password too close to the current one, when the user supplies both. */
            notSimilarToCurrent: boolean;
            /** @description Prevents reuse of recent passwords. When given, both values are needed. */
            history?: {
                /** @description How many previous passwords to remember. */
                count: number;
                /** @description For how many days to remember previous passwords. */
                retentionDays: number;
            };
            /** @description Locks the password after repeated failures. When given, both values are needed. */
            lockout?: {
                /** @description Failed attempts that lock the password. */
                failureCount: number;
                /** @description Seconds until a locked password unlocks by itself. */
                durationSeconds: number;
            };
            /** @description Allowed password length (the page gives 8 and 255). */
            length?: {
                /** @description Fewest characters allowed. */
                min?: number;
                /** @description Most characters allowed. */
                max?: number;
            };
            /** @description Character classes a password must contain, each key spelled out as the characters of its class. */
            minCharacters?: {
                /** @description Upper-case letters needed. */
                ABCDEFGHIJKLMNOPQRSTUVWXYZ?: number;
                /** @description Lower-case letters needed. */
                abcdefghijklmnopqrstuvwxyz?: number;
                /** @description Digits needed. */
                "0123456789"?: number;
                /** @description Special characters needed. */
                "~!@#$%^&*()-_=+[]{}|;:,.<>/?"?: number;
            };
            /** @description Days after which a password expires; at least `minAgeDays` + 21 (the warning period). Ping suggests 182. */
            maxAgeDays?: number;
            /** @description Days a password must be kept before the user may change it. Ping suggests 1. */
            minAgeDays?: number;
            /** @description Longest run of one repeated character allowed. */
            maxRepeatedCharacters?: number;
            /** @description Fewest distinct characters a password must contain. */
            minUniqueCharacters?: number;
            /** @description Required strength, in days a brute-force search would need. */
            minComplexity?: number;
            /**
             * @description Listed as optional in the request model of Ping's create and update pages. Ping's data
             *     model only describes it for set-password requests (skip the user's password policy,
             *     `false` when left out); what it does on a policy is not documented.
             */
            bypassPolicy?: boolean;
        };
        /**
         * @description An agreement (terms of service, privacy notice ...) users consent to, as the service returns
         *     it. Its text lives in languages and their revisions. It can only be enabled once the
         *     environment's default language has an enabled agreement language with a revision.
         */
        Agreement: {
            /**
             * Format: uuid
             * @description ID of the agreement.
             */
            id: string;
            /** @description The environment the agreement belongs to. */
            environment?: components["schemas"]["ResourceRef"];
            /** @description Name of the agreement, unique in the environment. */
            name: string;
            /** @description Free text describing the agreement. */
            description?: string;
            /** @description Whether the agreement is presented to users wherever it is configured. */
            enabled?: boolean;
            /** @description Days after which a consent expires and the user must consent again. */
            reconsentPeriodDays?: number;
            /** @description Users who have consented, as of `consentCountsUpdatedAt` (the name Ping's page uses). */
            totalUserConsents?: number;
            /** @description Users whose consent has expired, as of `consentCountsUpdatedAt` (the name Ping's page uses). */
            expiredUserConsents?: number;
            /**
             * Format: date-time
             * @description When the consent counts were last computed, usually once a day (the name Ping's page uses).
             */
            consentCountsUpdatedAt?: string;
            /** @description Users who have consented; the name the Go SDK description gives the count. */
            totalConsents?: number;
            /** @description Users whose consent has expired; the name the Go SDK description gives the count. */
            totalExpiredConsents?: number;
            /**
             * Format: date-time
             * @description When the consent counts were last computed; the name the Go SDK description gives the timestamp.
             */
            consentsAggregatedAt?: string;
            /** @description Links to the agreement, its environment and its languages. */
            _links?: components["schemas"]["Links"];
        };
        /** @description The agreements of an environment. */
        AgreementCollection: components["schemas"]["Collection"] & {
            /** @description The items of this page. */
            _embedded: {
                /** @description The agreements. */
                agreements: components["schemas"]["Agreement"][];
            };
        };
        /** @description An agreement to create, or its complete new state (PUT). */
        AgreementInput: {
            /** @description Name of the agreement, unique in the environment. */
            name: string;
            /** @description Free text describing the agreement. */
            description?: string;
            /**
             * @description Whether the agreement is presented to users. `true` needs an enabled language for the
             *     environment's default language; an agreement used by a sign-on policy action cannot be
             *     disabled.
             */
            enabled: boolean;
            /** @description Days after which a consent expires and the user must consent again. Leave out for consents that never expire. */
            reconsentPeriodDays?: number;
        };
        /** @description Texts of the consent page in one language, as the service returns them. */
        AgreementUserExperience: {
            /** @description Label of the "I accept" check box. */
            acceptCheckboxText?: string;
            /** @description Label of the button that continues after accepting. */
            continueButtonText?: string;
            /** @description Label of the button that declines the agreement. */
            declineButtonText?: string;
        };
        /** @description One locale's version of an agreement, as the service returns it. */
        AgreementLanguage: {
            /**
             * Format: uuid
             * @description ID of the agreement language.
             */
            id: string;
            /** @description The environment the agreement belongs to. */
            environment?: components["schemas"]["ResourceRef"];
            /** @description The agreement this language belongs to. */
            agreement?: components["schemas"]["ResourceRef"];
            /** @description Language tag (RFC 4646), a language (`en`) or a language and region (`en-GB`). */
            locale: string;
            /** @description Title of the agreement shown to users of this language. */
            displayName?: string;
            /**
             * @description Whether this language is presented to users. Always `false` right after creation, and
             *     while the language is disabled for the environment.
             */
            enabled?: boolean;
            /** @description The revision shown to users who consent now in this language. */
            currentRevision?: components["schemas"]["ResourceRef"];
            /** @description Texts of the consent page in this language. */
            userExperience?: components["schemas"]["AgreementUserExperience"];
            /** @description Links to the language, its agreement and its revisions. */
            _links?: components["schemas"]["Links"];
        };
        /** @description The languages of an agreement. */
        AgreementLanguageCollection: components["schemas"]["Collection"] & {
            /** @description The items of this page. */
            _embedded: {
                /** @description The agreement languages. */
                languages: components["schemas"]["AgreementLanguage"][];
            };
        };
        /**
         * @description Texts of the consent page in one language. Each may contain letters, combining marks,
         *     digits, spaces and punctuation only.
         */
        AgreementUserExperienceInput: {
            /** @description Label of the "I accept" check box. */
            acceptCheckboxText?: string;
            /** @description Label of the button that continues after accepting. */
            continueButtonText?: string;
            /** @description Label of the button that declines the agreement. */
            declineButtonText?: string;
        };
        /**
         * @description A new language for an agreement. It starts disabled whatever `enabled` says; enable it with
         *     a replacement once it has a revision.
         */
        AgreementLanguageCreate: {
            /** @description Language tag (RFC 4646), such as `en` or `en-GB`; the environment must support the language. */
            locale: string;
            /** @description Title of the agreement shown to users of this language. */
            displayName: string;
            /** @description Accepted but ignored on creation; a new language is always disabled. */
            enabled?: boolean;
            /** @description Texts of the consent page in this language. */
            userExperience?: components["schemas"]["AgreementUserExperienceInput"];
        };
        /** @description The complete new state of an agreement language (PUT replaces it). */
        AgreementLanguageUpdate: {
            /** @description Language tag (RFC 4646), such as `en` or `en-GB`. */
            locale: string;
            /** @description Title of the agreement shown to users of this language. */
            displayName: string;
            /** @description Whether this language is presented to users; `true` needs a revision with content. Ping's request model marks it "required/optional" and its own example leaves it out. */
            enabled?: boolean;
            /** @description Texts of the consent page in this language. */
            userExperience?: components["schemas"]["AgreementUserExperienceInput"];
        };
        /**
         * @description Media type of a revision's text.
         * @enum {string}
         */
        AgreementRevisionContentType: "text/html" | "text/plain";
        /**
         * @description One dated version of an agreement language's text, as the service returns it. The text
         *     itself is not part of the response; follow `_links.text` to read it. Revisions cannot be
         *     changed, and once effective they cannot be deleted either.
         */
        AgreementRevision: {
            /**
             * Format: uuid
             * @description ID of the revision.
             */
            id: string;
            /** @description The environment the agreement belongs to. */
            environment?: components["schemas"]["ResourceRef"];
            /** @description The agreement the revision belongs to. */
            agreement?: components["schemas"]["ResourceRef"];
            /** @description The agreement language the revision belongs to. */
            language?: components["schemas"]["ResourceRef"];
            /** @description Media type of the text. */
            contentType?: components["schemas"]["AgreementRevisionContentType"] | (string & {});
            /**
             * Format: date-time
             * @description When the revision starts being shown to users.
             */
            effectiveAt: string;
            /** @description Whether users who consented to an earlier revision must consent again once this one is effective. */
            requireReconsent?: boolean;
            /**
             * Format: date-time
             * @description When the revision stopped (or stops) being valid, computed at read time from the later
             *     revisions and from whether the language and the agreement are enabled.
             */
            notValidAfter?: string;
            /** @description Links to the revision, its language and agreement, and `text`, where its text can be read. */
            _links?: components["schemas"]["Links"];
        };
        /** @description The revisions of an agreement language. */
        AgreementRevisionCollection: components["schemas"]["Collection"] & {
            /** @description The items of this page. */
            _embedded: {
                /** @description The revisions. */
                revisions: components["schemas"]["AgreementRevision"][];
            };
        };
        /**
         * @description A new revision of an agreement language. A language holds at most 100 revisions, and no
         *     two with the same `effectiveAt`.
         */
        AgreementRevisionCreate: {
            /** @description Media type of `text`. HTML may use `a` (https links only), `br`, `p`, `b`, `i`, `em`, `h1`, `h2`, `h3` and `strong`. */
            contentType: components["schemas"]["AgreementRevisionContentType"];
            /**
             * Format: date-time
             * @description When the revision starts being shown; now or later, never in the past.
             */
            effectiveAt: string;
            /** @description Whether users who consented to an earlier revision must consent again once this one is effective. */
            requireReconsent: boolean;
            /** @description The agreement text, up to 32,000 UTF-8 characters. Not returned in responses. */
            text: string;
        };
        /**
         * @description Where a user stands with an agreement.
         * @enum {string}
         */
        UserAgreementConsentStatus: "PENDING" | "ACCEPTED" | "REVOKED" | "EXPIRED" | "AGREEMENT_DISABLED";
        /**
         * @description A user's current consent state for one agreement. Only the latest consent is kept; the
         *     history is in the audit activities.
         */
        UserAgreementConsent: {
            /** @description ID of the consent record. */
            id?: string;
            /** @description The environment of the user. */
            environment?: components["schemas"]["ResourceRef"];
            /** @description The user the consent belongs to. */
            user?: components["schemas"]["ResourceRef"];
            /** @description The agreement the consent is for. */
            agreement: components["schemas"]["ResourceRef"];
            /**
             * @description With status `ACCEPTED`, the language the user consented in; otherwise the language the
             *     user has to consent in.
             */
            language?: components["schemas"]["ResourceRef"];
            /** @description With status `ACCEPTED`, the revision consented to; otherwise the revision the user has to consent to. */
            revision?: components["schemas"]["ResourceRef"];
            /** @description Where the user stands with the agreement. */
            status?: components["schemas"]["UserAgreementConsentStatus"] | (string & {});
            /** @description The user's most recent consent, when there is one. */
            lastConsent?: {
                /**
                 * Format: date-time
                 * @description When the user consented.
                 */
                at?: string;
                /**
                 * Format: date-time
                 * @description When the consent expires (from the agreement's `reconsentPeriodDays`).
                 */
                expiresAt?: string;
                /** @description The language the user consented in. */
                language?: components["schemas"]["ResourceRef"];
                /** @description The revision the user consented to. */
                revision?: components["schemas"]["ResourceRef"];
            };
            /** @description Links to the consent, the user and the agreement. */
            _links?: components["schemas"]["Links"];
        };
        /** @description The current consent state of a user for each agreement. */
        UserAgreementConsentCollection: components["schemas"]["Collection"] & {
            /** @description The items of this page. */
            _embedded: {
                /** @description One consent state per agreement. */
                agreementConsents: components["schemas"]["UserAgreementConsent"][];
            };
        };
        /**
         * @description Records that the user accepted an agreement, sent with the media type
         *     `application/vnd.pingidentity.consent.accept+json`. Also the way to import consents given
         *     outside PingOne (with the original `consentedAt`).
         */
        UserAgreementConsentAccept: {
            /** @description The agreement language the user consented in; it must belong to the agreement. */
            language: components["schemas"]["ResourceRefInput"];
            /** @description The revision consented to; the language's current effective revision. */
            revision: components["schemas"]["ResourceRefInput"];
            /**
             * Format: date-time
             * @description When the user consented; now when left out.
             */
            consentedAt?: string;
        };
        /**
         * @description Withdraws the user's consent to an agreement, sent with the media type
         *     `application/vnd.pingidentity.consent.revoke+json`. The body carries nothing: an empty
         *     JSON object. The user will be asked to consent again.
         */
        UserAgreementConsentRevoke: Record<string, never>;
        /**
         * @description Lifecycle of a license: not yet begun (`FUTURE`), in force (`ACTIVE`), past its end date (`EXPIRED`), or ended early (`TERMINATED`).
         * @enum {string}
         */
        LicenseStatus: "ACTIVE" | "EXPIRED" | "FUTURE" | "TERMINATED";
        /**
         * @description A region a license allows environments in. Licenses spell North America as
         *     `NORTH_AMERICA`, unlike environments (`NA`, see `EnvironmentRegion`); the other regions
         *     use the short codes. Ping's data model prose still says `NA`, but its examples and SDK
         *     use `NORTH_AMERICA`. Regions opened later may appear as other values.
         * @enum {string}
         */
        LicenseRegion: "NORTH_AMERICA" | "EU" | "CA" | "AP";
        /**
         * @description A license of the organization, as the service returns it. Licenses are read-only through
         *     this API. The entitlement groups (`users`, `mfa`, `intelligence`, ...) list the flags known
         *     today; the service adds new ones over time.
         */
        License: {
            /**
             * Format: uuid
             * @description ID of the license.
             */
            id: string;
            /** @description Descriptive name of the license. */
            name?: string;
            /** @description The organization that owns the license. */
            organization?: components["schemas"]["ResourceRef"];
            /** @description The license package the license is based on, such as `ADMIN`, `GLOBAL` or `TRIAL`. */
            package?: string;
            /** @description Lifecycle state of the license. */
            status: components["schemas"]["LicenseStatus"] | (string & {});
            /**
             * Format: date-time
             * @description When the license begins.
             */
            beginsAt?: string;
            /**
             * Format: date-time
             * @description When the license expires. Trial licenses stop service then; others only trigger a notification.
             */
            expiresAt?: string;
            /**
             * Format: date-time
             * @description When access to PingOne services ends, if the license has a termination date.
             */
            terminatesAt?: string;
            /** @description Number of environments that use the license. */
            assignedEnvironmentsCount?: number;
            /** @description The license this one replaces. */
            replacesLicense?: components["schemas"]["ResourceRef"];
            /** @description The license that replaces this one. */
            replacedByLicense?: components["schemas"]["ResourceRef"];
            /** @description What environments on this license may do. */
            environments?: {
                /** @description Whether production environments are allowed. */
                allowProduction?: boolean;
                /** @description Whether applications can be created. */
                allowConnections?: boolean;
                /** @description Whether custom domains can be configured. */
                allowCustomDomain?: boolean;
                /** @description Whether custom user schema attributes can be used. */
                allowCustomSchema?: boolean;
                /** @description Whether custom resources can be added. */
                allowAddResources?: boolean;
                /** @description Largest number of environments allowed. */
                max?: number;
                /** @description Regions environments may be created in. */
                regions?: (components["schemas"]["LicenseRegion"] | (string & {}))[];
            };
            /** @description User entitlements. */
            users?: {
                /** @description Largest number of users per environment. */
                max?: number;
                /** @description Number of users beyond which creation is refused. */
                hardLimitMax?: number;
                /** @description Soft limit on active identities per year across the license's environments. */
                annualActiveIncluded?: number;
                /** @description Soft limit on active identities per month across the license's environments. */
                monthlyActiveIncluded?: number;
                /** @description Whether password management notifications can be sent. */
                allowPasswordManagementNotifications?: boolean;
                /** @description Whether external identity providers can be used. */
                allowIdentityProviders?: boolean;
                /** @description Whether the My Account self-service features can be used. */
                allowMyAccount?: boolean;
                /** @description Whether password management can be used. */
                allowPasswordManagement?: boolean;
                /** @description Whether password-only sign-on can be used. */
                allowPasswordOnlyAuthentication?: boolean;
                /** @description Whether password policies can be used. */
                allowPasswordPolicy?: boolean;
                /** @description Whether outbound provisioning can be used. */
                allowProvisioning?: boolean;
                /** @description Whether inbound provisioning can be used. */
                allowInboundProvisioning?: boolean;
                /** @description Whether roles can be assigned. */
                allowRoleAssignment?: boolean;
                /** @description Whether verification flows can be used. */
                allowVerificationFlow?: boolean;
                /** @description Whether users can update their own profile. */
                allowUpdateSelf?: boolean;
                /** @description Whether the license includes Ping support. */
                entitledToSupport?: boolean;
            };
            /** @description Multi-factor authentication entitlements. */
            mfa?: {
                /** @description Whether push notifications can be used. */
                allowPushNotification?: boolean;
                /** @description Whether notifications may go outside the environment's allow list. */
                allowNotificationOutsideWhitelist?: boolean;
                /** @description Whether FIDO2 devices can be used. */
                allowFido2Devices?: boolean;
                /** @description Whether one-time passcodes by voice call can be used. */
                allowVoiceOtp?: boolean;
                /** @description Whether one-time passcodes by email can be used. */
                allowEmailOtp?: boolean;
                /** @description Whether one-time passcodes by SMS can be used. */
                allowSmsOtp?: boolean;
                /** @description Whether authenticator-app passcodes can be used. */
                allowTotp?: boolean;
            };
            /** @description Risk and intelligence entitlements. */
            intelligence?: {
                /** @description Whether impossible-travel detection can be used. */
                allowGeoVelocity?: boolean;
                /** @description Whether anonymous network detection can be used. */
                allowAnonymousNetworkDetection?: boolean;
                /** @description Whether IP reputation can be used. */
                allowReputation?: boolean;
                /** @description Whether the customer consented to behavioural data collection. */
                allowDataConsent?: boolean;
                /** @description Whether risk policies can be configured. */
                allowRisk?: boolean;
                /** @description Whether advanced risk predictors can be used. */
                allowAdvancedPredictors?: boolean;
            };
            /** @description PingOne Authorize entitlements. */
            authorize?: {
                /** @description Whether API access management can be used. */
                allowApiAccessManagement?: boolean;
                /** @description Whether dynamic authorization can be used. */
                allowDynamicAuthorization?: boolean;
            };
            /** @description PingOne Credentials entitlements. */
            credentials?: {
                /** @description Whether digital credentials can be issued. */
                allowCredentials?: boolean;
            };
            /** @description PingOne Protect (fraud) entitlements. */
            fraud?: {
                /** @description Whether bot and malicious device detection can be used. */
                allowBotMaliciousDeviceDetection?: boolean;
                /** @description Whether account protection can be used. */
                allowAccountProtection?: boolean;
            };
            /** @description Gateway entitlements. */
            gateways?: {
                /** @description Whether LDAP gateways can be used. */
                allowLdapGateway?: boolean;
                /** @description Whether Kerberos gateways can be used. */
                allowKerberosGateway?: boolean;
                /** @description Whether RADIUS gateways can be used. */
                allowRadiusGateway?: boolean;
            };
            /** @description PingOne DaVinci entitlements. */
            orchestrate?: {
                /** @description Whether orchestration flows can be used. */
                allowOrchestration?: boolean;
            };
            /** @description PingOne Verify entitlements. */
            verify?: {
                /** @description Whether Verify push notifications can be used. */
                allowPushNotifications?: boolean;
                /** @description Whether document matching can be used. */
                allowDocumentMatch?: boolean;
                /** @description Whether face matching can be used. */
                allowFaceMatch?: boolean;
                /** @description Whether manual ID inspection can be used. */
                allowManualIdInspection?: boolean;
            };
            /** @description Add-on services included with the license. */
            advancedServices?: {
                /** @description PingID included with the license. */
                pingId?: {
                    /** @description Whether PingID is included. */
                    included?: boolean;
                    /** @description Which PingID edition is included, such as `FULL`. */
                    type?: string;
                };
            };
            /** @description Links to the license and its organization. */
            _links?: components["schemas"]["Links"];
        };
        /** @description A page of licenses. */
        LicenseCollection: components["schemas"]["Collection"] & {
            /** @description The items of this page. */
            _embedded: {
                /** @description The licenses on this page. */
                licenses: components["schemas"]["License"][];
            };
        };
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
        /**
         * @description ID of the sign-on policy assignment.
         * @example 6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d
         */
        assignmentID: string;
        /**
         * @description ID of the flow policy assignment.
         * @example 6f778330-f4b2-4581-a50a-fa9ff988c658
         */
        flowPolicyAssignmentID: string;
        /**
         * @description ID of the DaVinci flow policy (a 32-character hexadecimal string, not a UUID).
         * @example 831534fda10cdc0d17b0188e31d1fd75
         */
        flowPolicyID: string;
        /**
         * @description SCIM filter expression over groups, for example `name eq "Managers"` or
         *     `(name eq "Sales") and (externalId sw "W")`. Expressions can be joined with `and` / `or`
         *     and grouped in parentheses. Which attributes and operators are accepted is listed in
         *     Ping's "filtering groups searches" reference; anything else is rejected with 400. This is
         *     not the same set as for environments (see the `filter` of `listEnvironments`).
         */
        groupFilter: string;
        /**
         * @description ID of the group.
         * @example e873973d-03ab-41c5-9c78-ca5cc51c8e99
         */
        groupID: string;
        /**
         * @description `totalMemberCounts` adds `totalMemberCounts` to the group: every member, whether added
         *     directly or through the `userFilter`. Without it only `directMemberCounts` is returned.
         */
        groupInclude: "totalMemberCounts";
        /**
         * @description SCIM filter expression over populations. Only `name sw "..."` (name starts with) and
         *     `id eq "..."` are supported.
         */
        populationFilter: string;
        /**
         * @description ID of the population.
         * @example 7c5e4d3b-2a19-4f08-9e7d-6c5b4a392817
         */
        populationID: string;
        /**
         * @description SCIM filter expression over users, for example `username eq "saml_user_1776869400"`,
         *     `population.id eq "..."` or `memberOfGroups[id eq "..."]` (members of a group). The set of
         *     attributes and operators accepted is the one Ping documents for user searches; anything
         *     else is rejected with 400.
         */
        userFilter: string;
        /**
         * @description ID of the user.
         * @example d4e5f6a7-b8c9-4dae-8f01-23456789abcd
         */
        userID: string;
        /**
         * @description `attributes` embeds the identity provider's attribute mappings (including the core
         *     `username` mapping the service creates) under `_embedded.attributes` in the response.
         */
        identityProviderExpand: "attributes";
        /**
         * @description ID of the external identity provider.
         * @example 3f8d2c1b-5a6e-4d7f-8c9b-0a1e2d3c4b5a
         */
        identityProviderID: string;
        /**
         * @description ID of the attribute mapping.
         * @example 8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968
         */
        attributeID: string;
        /**
         * @description ID of the sign-on policy.
         * @example 5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f
         */
        signOnPolicyID: string;
        /**
         * @description ID of the sign-on policy action.
         * @example 0f1e2d3c-4b5a-4697-8877-66554433aa22
         */
        actionID: string;
        /**
         * @description ID of the application's attribute mapping.
         * @example 18d4b06c-f8f3-4064-a2c4-0db80250fb5f
         */
        attrMappingID: string;
        /**
         * @description ID of the application's resource access grant.
         * @example c95c0f55-524c-4b7e-bbab-07ba2c47aa93
         */
        grantID: string;
        /**
         * @description ID of the resource (the protected API).
         * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
         */
        resourceID: string;
        /**
         * @description ID of the resource scope.
         * @example 18725af1-828f-4e60-afc1-4a7092eb275a
         */
        scopeID: string;
        /**
         * @description ID of the resource attribute (an access token claim).
         * @example 579dc6f8-bf83-43ae-816c-324506b5de21
         */
        resourceAttrID: string;
        /**
         * @description ID of the application resource.
         * @example 2f4d1a6e-8b3c-4e57-9a1d-6c0b7e2f3a94
         */
        applicationResourceID: string;
        /**
         * @description ID of the schema. Every environment has one, named `User`; list the schemas to find its ID.
         * @example 6497b7af-99d1-4217-8a82-057fcc3b7401
         */
        schemaID: string;
        /**
         * @description `attributes` embeds every attribute of the schema under `_embedded.attributes` in the
         *     response, so one call returns the schema and its attributes.
         */
        schemaExpand: "attributes";
        /**
         * @description ID of the schema attribute (an attribute of the user schema, not an identity provider's attribute mapping).
         * @example 5c1e8a4f-2d7b-4e93-a6c0-9f3b7d21e845
         */
        schemaAttributeID: string;
        /**
         * @description ID of the password policy.
         * @example 9ad15e9e-3ac6-43f7-a053-d46b87d2de4a
         */
        passwordPolicyID: string;
        /**
         * @description ID of the agreement (terms of service or similar) users consent to.
         * @example 49d7aa39-41a0-4a6d-bafd-84cc5abf98f5
         */
        agreementID: string;
        /**
         * @description ID of the agreement language (one locale's version of an agreement), not of an environment language.
         * @example 7e156496-4e67-4adc-a139-ebbbbe2c1aea
         */
        agreementLanguageID: string;
        /**
         * @description ID of the agreement revision (one dated version of a language's agreement text).
         * @example aab73d8e-5c21-4f6b-9d0e-3b7a1c9f2e46
         */
        agreementRevisionID: string;
        /**
         * @description ID of the organization. The environments' `organization.id` holds it.
         * @example bed432e6-676a-4ebe-b5a5-6b3b54e46bda
         */
        organizationID: string;
        /**
         * @description SCIM filter expression over licenses. Supported: `status eq "ACTIVE"` (or another status)
         *     and `beginsAt lt "<ISO 8601 date-time>"`.
         */
        licenseFilter: string;
        /** @description Sort order. `beginsAt` sorts oldest first, `-beginsAt` newest first. */
        licenseOrder: "beginsAt" | "-beginsAt";
        /**
         * @description ID of the license.
         * @example 57f0efac-37d9-4a17-8a35-196bb3362983
         */
        licenseID: string;
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
                "application/json": components["schemas"]["ApplicationUpdateInput"];
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
    readApplicationSecret: {
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
            /** @description The secret. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationSecret"];
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
    rotateApplicationSecret: {
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
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SecretRotationInput"];
            };
        };
        responses: {
            /** @description The new secret, and the previous one when it was kept. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationSecret"];
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
    deletePreviousApplicationSecret: {
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
    listSignOnPolicyAssignments: {
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
            /** @description The assignments. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignOnPolicyAssignmentCollection"];
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
    createSignOnPolicyAssignment: {
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
                "application/json": components["schemas"]["SignOnPolicyAssignmentInput"];
            };
        };
        responses: {
            /** @description The assignment was created. */
            201: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignOnPolicyAssignment"];
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
    readSignOnPolicyAssignment: {
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
                /**
                 * @description ID of the sign-on policy assignment.
                 * @example 6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d
                 */
                assignmentID: components["parameters"]["assignmentID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assignment. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignOnPolicyAssignment"];
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
    updateSignOnPolicyAssignment: {
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
                /**
                 * @description ID of the sign-on policy assignment.
                 * @example 6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d
                 */
                assignmentID: components["parameters"]["assignmentID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignOnPolicyAssignmentInput"];
            };
        };
        responses: {
            /** @description The assignment after the change. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignOnPolicyAssignment"];
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
    deleteSignOnPolicyAssignment: {
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
                /**
                 * @description ID of the sign-on policy assignment.
                 * @example 6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d
                 */
                assignmentID: components["parameters"]["assignmentID"];
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
    listFlowPolicyAssignments: {
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
            /** @description The assignments. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationFlowPolicyAssignmentCollection"];
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
    createFlowPolicyAssignment: {
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
                "application/json": components["schemas"]["ApplicationFlowPolicyAssignmentInput"];
            };
        };
        responses: {
            /** @description The assignment was created. */
            201: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationFlowPolicyAssignment"];
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
    readFlowPolicyAssignment: {
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
                /**
                 * @description ID of the flow policy assignment.
                 * @example 6f778330-f4b2-4581-a50a-fa9ff988c658
                 */
                flowPolicyAssignmentID: components["parameters"]["flowPolicyAssignmentID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assignment. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationFlowPolicyAssignment"];
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
    updateFlowPolicyAssignment: {
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
                /**
                 * @description ID of the flow policy assignment.
                 * @example 6f778330-f4b2-4581-a50a-fa9ff988c658
                 */
                flowPolicyAssignmentID: components["parameters"]["flowPolicyAssignmentID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationFlowPolicyAssignmentInput"];
            };
        };
        responses: {
            /** @description The assignment after the change. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationFlowPolicyAssignment"];
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
    deleteFlowPolicyAssignment: {
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
                /**
                 * @description ID of the flow policy assignment.
                 * @example 6f778330-f4b2-4581-a50a-fa9ff988c658
                 */
                flowPolicyAssignmentID: components["parameters"]["flowPolicyAssignmentID"];
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
    listFlowPolicies: {
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
            /** @description The flow policies. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowPolicyCollection"];
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
    readFlowPolicy: {
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
                 * @description ID of the DaVinci flow policy (a 32-character hexadecimal string, not a UUID).
                 * @example 831534fda10cdc0d17b0188e31d1fd75
                 */
                flowPolicyID: components["parameters"]["flowPolicyID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The flow policy. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowPolicy"];
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
    listGroups: {
        parameters: {
            query?: {
                /**
                 * @description SCIM filter expression over groups, for example `name eq "Managers"` or
                 *     `(name eq "Sales") and (externalId sw "W")`. Expressions can be joined with `and` / `or`
                 *     and grouped in parentheses. Which attributes and operators are accepted is listed in
                 *     Ping's "filtering groups searches" reference; anything else is rejected with 400. This is
                 *     not the same set as for environments (see the `filter` of `listEnvironments`).
                 */
                filter?: components["parameters"]["groupFilter"];
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
            /** @description A page of groups. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupCollection"];
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
    createGroup: {
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
                "application/json": components["schemas"]["GroupCreate"];
            };
        };
        responses: {
            /** @description The group was created. */
            201: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"];
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
    readGroup: {
        parameters: {
            query?: {
                /**
                 * @description `totalMemberCounts` adds `totalMemberCounts` to the group: every member, whether added
                 *     directly or through the `userFilter`. Without it only `directMemberCounts` is returned.
                 */
                include?: components["parameters"]["groupInclude"];
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
                /**
                 * @description ID of the group.
                 * @example e873973d-03ab-41c5-9c78-ca5cc51c8e99
                 */
                groupID: components["parameters"]["groupID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"];
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
    updateGroup: {
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
                 * @description ID of the group.
                 * @example e873973d-03ab-41c5-9c78-ca5cc51c8e99
                 */
                groupID: components["parameters"]["groupID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupUpdate"];
            };
        };
        responses: {
            /** @description The group after the change. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"];
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
    deleteGroup: {
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
                 * @description ID of the group.
                 * @example e873973d-03ab-41c5-9c78-ca5cc51c8e99
                 */
                groupID: components["parameters"]["groupID"];
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
    listPopulations: {
        parameters: {
            query?: {
                /**
                 * @description SCIM filter expression over populations. Only `name sw "..."` (name starts with) and
                 *     `id eq "..."` are supported.
                 */
                filter?: components["parameters"]["populationFilter"];
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
            /** @description A page of populations. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PopulationCollection"];
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
    createPopulation: {
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
                "application/json": components["schemas"]["PopulationInput"];
            };
        };
        responses: {
            /** @description The population was created. */
            201: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Population"];
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
    readPopulation: {
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
                 * @description ID of the population.
                 * @example 7c5e4d3b-2a19-4f08-9e7d-6c5b4a392817
                 */
                populationID: components["parameters"]["populationID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The population. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Population"];
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
    updatePopulation: {
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
                 * @description ID of the population.
                 * @example 7c5e4d3b-2a19-4f08-9e7d-6c5b4a392817
                 */
                populationID: components["parameters"]["populationID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PopulationInput"];
            };
        };
        responses: {
            /** @description The population after the change. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Population"];
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
    deletePopulation: {
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
                 * @description ID of the population.
                 * @example 7c5e4d3b-2a19-4f08-9e7d-6c5b4a392817
                 */
                populationID: components["parameters"]["populationID"];
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
    listUsers: {
        parameters: {
            query?: {
                /**
                 * @description SCIM filter expression over users, for example `username eq "saml_user_1776869400"`,
                 *     `population.id eq "..."` or `memberOfGroups[id eq "..."]` (members of a group). The set of
                 *     attributes and operators accepted is the one Ping documents for user searches; anything
                 *     else is rejected with 400.
                 */
                filter?: components["parameters"]["userFilter"];
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
            /** @description A page of users. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserCollection"];
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
    createUser: {
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
                "application/json": components["schemas"]["UserCreate"];
            };
        };
        responses: {
            /** @description The user was created. */
            201: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
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
    readUser: {
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
                 * @description ID of the user.
                 * @example d4e5f6a7-b8c9-4dae-8f01-23456789abcd
                 */
                userID: components["parameters"]["userID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
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
    deleteUser: {
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
                 * @description ID of the user.
                 * @example d4e5f6a7-b8c9-4dae-8f01-23456789abcd
                 */
                userID: components["parameters"]["userID"];
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
    setUserPassword: {
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
                 * @description ID of the user.
                 * @example d4e5f6a7-b8c9-4dae-8f01-23456789abcd
                 */
                userID: components["parameters"]["userID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.pingidentity.password.set+json": components["schemas"]["UserPasswordSet"];
            };
        };
        responses: {
            /** @description The state of the password after the change. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPasswordState"];
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
    listIdentityProviders: {
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
            /** @description A page of identity providers. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityProviderCollection"];
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
    createIdentityProvider: {
        parameters: {
            query?: {
                /**
                 * @description `attributes` embeds the identity provider's attribute mappings (including the core
                 *     `username` mapping the service creates) under `_embedded.attributes` in the response.
                 */
                expand?: components["parameters"]["identityProviderExpand"];
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityProviderInput"];
            };
        };
        responses: {
            /** @description The identity provider was created. */
            201: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityProvider"];
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
    readIdentityProvider: {
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
                 * @description ID of the external identity provider.
                 * @example 3f8d2c1b-5a6e-4d7f-8c9b-0a1e2d3c4b5a
                 */
                identityProviderID: components["parameters"]["identityProviderID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The identity provider. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityProvider"];
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
    updateIdentityProvider: {
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
                 * @description ID of the external identity provider.
                 * @example 3f8d2c1b-5a6e-4d7f-8c9b-0a1e2d3c4b5a
                 */
                identityProviderID: components["parameters"]["identityProviderID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityProviderInput"];
            };
        };
        responses: {
            /** @description The identity provider after the change. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityProvider"];
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
    deleteIdentityProvider: {
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
                 * @description ID of the external identity provider.
                 * @example 3f8d2c1b-5a6e-4d7f-8c9b-0a1e2d3c4b5a
                 */
                identityProviderID: components["parameters"]["identityProviderID"];
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
    listIdentityProviderAttributes: {
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
                 * @description ID of the external identity provider.
                 * @example 3f8d2c1b-5a6e-4d7f-8c9b-0a1e2d3c4b5a
                 */
                identityProviderID: components["parameters"]["identityProviderID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attribute mappings. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityProviderAttributeCollection"];
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
    createIdentityProviderAttribute: {
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
                 * @description ID of the external identity provider.
                 * @example 3f8d2c1b-5a6e-4d7f-8c9b-0a1e2d3c4b5a
                 */
                identityProviderID: components["parameters"]["identityProviderID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityProviderAttributeInput"];
            };
        };
        responses: {
            /** @description The mapping was created. */
            201: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityProviderAttribute"];
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
    readIdentityProviderAttribute: {
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
                 * @description ID of the external identity provider.
                 * @example 3f8d2c1b-5a6e-4d7f-8c9b-0a1e2d3c4b5a
                 */
                identityProviderID: components["parameters"]["identityProviderID"];
                /**
                 * @description ID of the attribute mapping.
                 * @example 8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968
                 */
                attributeID: components["parameters"]["attributeID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mapping. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityProviderAttribute"];
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
    updateIdentityProviderAttribute: {
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
                 * @description ID of the external identity provider.
                 * @example 3f8d2c1b-5a6e-4d7f-8c9b-0a1e2d3c4b5a
                 */
                identityProviderID: components["parameters"]["identityProviderID"];
                /**
                 * @description ID of the attribute mapping.
                 * @example 8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968
                 */
                attributeID: components["parameters"]["attributeID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentityProviderAttributeInput"];
            };
        };
        responses: {
            /** @description The mapping after the change. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityProviderAttribute"];
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
    deleteIdentityProviderAttribute: {
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
                 * @description ID of the external identity provider.
                 * @example 3f8d2c1b-5a6e-4d7f-8c9b-0a1e2d3c4b5a
                 */
                identityProviderID: components["parameters"]["identityProviderID"];
                /**
                 * @description ID of the attribute mapping.
                 * @example 8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968
                 */
                attributeID: components["parameters"]["attributeID"];
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
    listSignOnPolicies: {
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
            /** @description A page of sign-on policies. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignOnPolicyCollection"];
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
    createSignOnPolicy: {
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
                "application/json": components["schemas"]["SignOnPolicyInput"];
            };
        };
        responses: {
            /** @description The sign-on policy was created. */
            201: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignOnPolicy"];
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
    readSignOnPolicy: {
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
                 * @description ID of the sign-on policy.
                 * @example 5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f
                 */
                signOnPolicyID: components["parameters"]["signOnPolicyID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sign-on policy. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignOnPolicy"];
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
    updateSignOnPolicy: {
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
                 * @description ID of the sign-on policy.
                 * @example 5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f
                 */
                signOnPolicyID: components["parameters"]["signOnPolicyID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignOnPolicyInput"];
            };
        };
        responses: {
            /** @description The sign-on policy after the change. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignOnPolicy"];
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
    deleteSignOnPolicy: {
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
                 * @description ID of the sign-on policy.
                 * @example 5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f
                 */
                signOnPolicyID: components["parameters"]["signOnPolicyID"];
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
    listSignOnPolicyActions: {
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
                 * @description ID of the sign-on policy.
                 * @example 5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f
                 */
                signOnPolicyID: components["parameters"]["signOnPolicyID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The actions. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignOnPolicyActionCollection"];
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
    createSignOnPolicyAction: {
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
                 * @description ID of the sign-on policy.
                 * @example 5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f
                 */
                signOnPolicyID: components["parameters"]["signOnPolicyID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignOnPolicyActionInput"];
            };
        };
        responses: {
            /** @description The action was created. */
            201: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignOnPolicyAction"];
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
    readSignOnPolicyAction: {
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
                 * @description ID of the sign-on policy.
                 * @example 5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f
                 */
                signOnPolicyID: components["parameters"]["signOnPolicyID"];
                /**
                 * @description ID of the sign-on policy action.
                 * @example 0f1e2d3c-4b5a-4697-8877-66554433aa22
                 */
                actionID: components["parameters"]["actionID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The action. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignOnPolicyAction"];
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
    updateSignOnPolicyAction: {
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
                 * @description ID of the sign-on policy.
                 * @example 5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f
                 */
                signOnPolicyID: components["parameters"]["signOnPolicyID"];
                /**
                 * @description ID of the sign-on policy action.
                 * @example 0f1e2d3c-4b5a-4697-8877-66554433aa22
                 */
                actionID: components["parameters"]["actionID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignOnPolicyActionInput"];
            };
        };
        responses: {
            /** @description The action after the change. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignOnPolicyAction"];
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
    deleteSignOnPolicyAction: {
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
                 * @description ID of the sign-on policy.
                 * @example 5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f
                 */
                signOnPolicyID: components["parameters"]["signOnPolicyID"];
                /**
                 * @description ID of the sign-on policy action.
                 * @example 0f1e2d3c-4b5a-4697-8877-66554433aa22
                 */
                actionID: components["parameters"]["actionID"];
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
    listApplicationAttributeMappings: {
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
            /** @description The attribute mappings. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationAttributeMappingCollection"];
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
    createApplicationAttributeMapping: {
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
                "application/json": components["schemas"]["ApplicationAttributeMappingInput"];
            };
        };
        responses: {
            /** @description The mapping was created. */
            201: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationAttributeMapping"];
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
    readApplicationAttributeMapping: {
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
                /**
                 * @description ID of the application's attribute mapping.
                 * @example 18d4b06c-f8f3-4064-a2c4-0db80250fb5f
                 */
                attrMappingID: components["parameters"]["attrMappingID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mapping. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationAttributeMapping"];
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
    updateApplicationAttributeMapping: {
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
                /**
                 * @description ID of the application's attribute mapping.
                 * @example 18d4b06c-f8f3-4064-a2c4-0db80250fb5f
                 */
                attrMappingID: components["parameters"]["attrMappingID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationAttributeMappingInput"];
            };
        };
        responses: {
            /** @description The mapping after the change. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationAttributeMapping"];
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
    deleteApplicationAttributeMapping: {
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
                /**
                 * @description ID of the application's attribute mapping.
                 * @example 18d4b06c-f8f3-4064-a2c4-0db80250fb5f
                 */
                attrMappingID: components["parameters"]["attrMappingID"];
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
    listApplicationGrants: {
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
            /** @description The grants. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResourceGrantCollection"];
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
    createApplicationGrant: {
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
                "application/json": components["schemas"]["ApplicationResourceGrantInput"];
            };
        };
        responses: {
            /** @description The grant was created. */
            201: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResourceGrant"];
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
    readApplicationGrant: {
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
                /**
                 * @description ID of the application's resource access grant.
                 * @example c95c0f55-524c-4b7e-bbab-07ba2c47aa93
                 */
                grantID: components["parameters"]["grantID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The grant. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResourceGrant"];
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
    updateApplicationGrant: {
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
                /**
                 * @description ID of the application's resource access grant.
                 * @example c95c0f55-524c-4b7e-bbab-07ba2c47aa93
                 */
                grantID: components["parameters"]["grantID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationResourceGrantInput"];
            };
        };
        responses: {
            /** @description The grant after the change. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResourceGrant"];
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
    deleteApplicationGrant: {
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
                /**
                 * @description ID of the application's resource access grant.
                 * @example c95c0f55-524c-4b7e-bbab-07ba2c47aa93
                 */
                grantID: components["parameters"]["grantID"];
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
    listResources: {
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
            /** @description The resources. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceCollection"];
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
    createResource: {
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
                "application/json": components["schemas"]["ResourceCreate"];
            };
        };
        responses: {
            /** @description The resource was created. */
            201: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Resource"];
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
    readResource: {
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
                 * @description ID of the resource (the protected API).
                 * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
                 */
                resourceID: components["parameters"]["resourceID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resource. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Resource"];
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
    updateResource: {
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
                 * @description ID of the resource (the protected API).
                 * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
                 */
                resourceID: components["parameters"]["resourceID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResourceUpdate"];
            };
        };
        responses: {
            /** @description The resource after the change. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Resource"];
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
    deleteResource: {
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
                 * @description ID of the resource (the protected API).
                 * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
                 */
                resourceID: components["parameters"]["resourceID"];
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
    listResourceScopes: {
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
                 * @description ID of the resource (the protected API).
                 * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
                 */
                resourceID: components["parameters"]["resourceID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scopes. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceScopeCollection"];
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
    createResourceScope: {
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
                 * @description ID of the resource (the protected API).
                 * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
                 */
                resourceID: components["parameters"]["resourceID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResourceScopeInput"];
            };
        };
        responses: {
            /** @description The scope was created. */
            201: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceScope"];
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
    readResourceScope: {
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
                 * @description ID of the resource (the protected API).
                 * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
                 */
                resourceID: components["parameters"]["resourceID"];
                /**
                 * @description ID of the resource scope.
                 * @example 18725af1-828f-4e60-afc1-4a7092eb275a
                 */
                scopeID: components["parameters"]["scopeID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scope. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceScope"];
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
    updateResourceScope: {
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
                 * @description ID of the resource (the protected API).
                 * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
                 */
                resourceID: components["parameters"]["resourceID"];
                /**
                 * @description ID of the resource scope.
                 * @example 18725af1-828f-4e60-afc1-4a7092eb275a
                 */
                scopeID: components["parameters"]["scopeID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResourceScopeInput"];
            };
        };
        responses: {
            /** @description The scope after the change. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceScope"];
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
    deleteResourceScope: {
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
                 * @description ID of the resource (the protected API).
                 * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
                 */
                resourceID: components["parameters"]["resourceID"];
                /**
                 * @description ID of the resource scope.
                 * @example 18725af1-828f-4e60-afc1-4a7092eb275a
                 */
                scopeID: components["parameters"]["scopeID"];
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
    listResourceAttributes: {
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
                 * @description ID of the resource (the protected API).
                 * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
                 */
                resourceID: components["parameters"]["resourceID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attributes. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceAttributeCollection"];
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
    createResourceAttribute: {
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
                 * @description ID of the resource (the protected API).
                 * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
                 */
                resourceID: components["parameters"]["resourceID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResourceAttributeInput"];
            };
        };
        responses: {
            /** @description The attribute was created. */
            201: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceAttribute"];
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
    readResourceAttribute: {
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
                 * @description ID of the resource (the protected API).
                 * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
                 */
                resourceID: components["parameters"]["resourceID"];
                /**
                 * @description ID of the resource attribute (an access token claim).
                 * @example 579dc6f8-bf83-43ae-816c-324506b5de21
                 */
                resourceAttrID: components["parameters"]["resourceAttrID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attribute. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceAttribute"];
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
    updateResourceAttribute: {
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
                 * @description ID of the resource (the protected API).
                 * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
                 */
                resourceID: components["parameters"]["resourceID"];
                /**
                 * @description ID of the resource attribute (an access token claim).
                 * @example 579dc6f8-bf83-43ae-816c-324506b5de21
                 */
                resourceAttrID: components["parameters"]["resourceAttrID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResourceAttributeInput"];
            };
        };
        responses: {
            /** @description The attribute after the change. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceAttribute"];
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
    deleteResourceAttribute: {
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
                 * @description ID of the resource (the protected API).
                 * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
                 */
                resourceID: components["parameters"]["resourceID"];
                /**
                 * @description ID of the resource attribute (an access token claim).
                 * @example 579dc6f8-bf83-43ae-816c-324506b5de21
                 */
                resourceAttrID: components["parameters"]["resourceAttrID"];
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
    readResourceSecret: {
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
                 * @description ID of the resource (the protected API).
                 * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
                 */
                resourceID: components["parameters"]["resourceID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secret. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceSecret"];
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
    rotateResourceSecret: {
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
                 * @description ID of the resource (the protected API).
                 * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
                 */
                resourceID: components["parameters"]["resourceID"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SecretRotationInput"];
            };
        };
        responses: {
            /** @description The new secret, and the previous one when it was kept. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceSecret"];
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
    deletePreviousResourceSecret: {
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
                 * @description ID of the resource (the protected API).
                 * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
                 */
                resourceID: components["parameters"]["resourceID"];
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
    listApplicationResources: {
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
                 * @description ID of the resource (the protected API).
                 * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
                 */
                resourceID: components["parameters"]["resourceID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application resources. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResourceCollection"];
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
    createApplicationResource: {
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
                 * @description ID of the resource (the protected API).
                 * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
                 */
                resourceID: components["parameters"]["resourceID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationResourceInput"];
            };
        };
        responses: {
            /** @description The application resource was created. */
            201: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResource"];
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
    readApplicationResource: {
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
                 * @description ID of the resource (the protected API).
                 * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
                 */
                resourceID: components["parameters"]["resourceID"];
                /**
                 * @description ID of the application resource.
                 * @example 2f4d1a6e-8b3c-4e57-9a1d-6c0b7e2f3a94
                 */
                applicationResourceID: components["parameters"]["applicationResourceID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application resource. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResource"];
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
    updateApplicationResource: {
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
                 * @description ID of the resource (the protected API).
                 * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
                 */
                resourceID: components["parameters"]["resourceID"];
                /**
                 * @description ID of the application resource.
                 * @example 2f4d1a6e-8b3c-4e57-9a1d-6c0b7e2f3a94
                 */
                applicationResourceID: components["parameters"]["applicationResourceID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationResourceInput"];
            };
        };
        responses: {
            /** @description The application resource after the change. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResource"];
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
    deleteApplicationResource: {
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
                 * @description ID of the resource (the protected API).
                 * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
                 */
                resourceID: components["parameters"]["resourceID"];
                /**
                 * @description ID of the application resource.
                 * @example 2f4d1a6e-8b3c-4e57-9a1d-6c0b7e2f3a94
                 */
                applicationResourceID: components["parameters"]["applicationResourceID"];
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
    listResourceApplicationPermissions: {
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
                 * @description ID of the resource (the protected API).
                 * @example 71ff29d5-c666-4348-b54e-c5b64f0a80b8
                 */
                resourceID: components["parameters"]["resourceID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The permissions. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPermissionCollection"];
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
    listSchemas: {
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
            /** @description The schemas of the environment. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemaCollection"];
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
    readSchema: {
        parameters: {
            query?: {
                /**
                 * @description `attributes` embeds every attribute of the schema under `_embedded.attributes` in the
                 *     response, so one call returns the schema and its attributes.
                 */
                expand?: components["parameters"]["schemaExpand"];
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
                /**
                 * @description ID of the schema. Every environment has one, named `User`; list the schemas to find its ID.
                 * @example 6497b7af-99d1-4217-8a82-057fcc3b7401
                 */
                schemaID: components["parameters"]["schemaID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schema. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Schema"];
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
    listSchemaAttributes: {
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
                 * @description ID of the schema. Every environment has one, named `User`; list the schemas to find its ID.
                 * @example 6497b7af-99d1-4217-8a82-057fcc3b7401
                 */
                schemaID: components["parameters"]["schemaID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attributes of the schema. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemaAttributeCollection"];
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
    createSchemaAttribute: {
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
                 * @description ID of the schema. Every environment has one, named `User`; list the schemas to find its ID.
                 * @example 6497b7af-99d1-4217-8a82-057fcc3b7401
                 */
                schemaID: components["parameters"]["schemaID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SchemaAttributeCreate"];
            };
        };
        responses: {
            /** @description The attribute was created. */
            201: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemaAttribute"];
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
    readSchemaAttribute: {
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
                 * @description ID of the schema. Every environment has one, named `User`; list the schemas to find its ID.
                 * @example 6497b7af-99d1-4217-8a82-057fcc3b7401
                 */
                schemaID: components["parameters"]["schemaID"];
                /**
                 * @description ID of the schema attribute (an attribute of the user schema, not an identity provider's attribute mapping).
                 * @example 5c1e8a4f-2d7b-4e93-a6c0-9f3b7d21e845
                 */
                attributeID: components["parameters"]["schemaAttributeID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attribute. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemaAttribute"];
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
    updateSchemaAttribute: {
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
                 * @description ID of the schema. Every environment has one, named `User`; list the schemas to find its ID.
                 * @example 6497b7af-99d1-4217-8a82-057fcc3b7401
                 */
                schemaID: components["parameters"]["schemaID"];
                /**
                 * @description ID of the schema attribute (an attribute of the user schema, not an identity provider's attribute mapping).
                 * @example 5c1e8a4f-2d7b-4e93-a6c0-9f3b7d21e845
                 */
                attributeID: components["parameters"]["schemaAttributeID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SchemaAttributeUpdate"];
            };
        };
        responses: {
            /** @description The attribute after the change. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemaAttribute"];
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
    deleteSchemaAttribute: {
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
                 * @description ID of the schema. Every environment has one, named `User`; list the schemas to find its ID.
                 * @example 6497b7af-99d1-4217-8a82-057fcc3b7401
                 */
                schemaID: components["parameters"]["schemaID"];
                /**
                 * @description ID of the schema attribute (an attribute of the user schema, not an identity provider's attribute mapping).
                 * @example 5c1e8a4f-2d7b-4e93-a6c0-9f3b7d21e845
                 */
                attributeID: components["parameters"]["schemaAttributeID"];
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
    patchSchemaAttribute: {
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
                 * @description ID of the schema. Every environment has one, named `User`; list the schemas to find its ID.
                 * @example 6497b7af-99d1-4217-8a82-057fcc3b7401
                 */
                schemaID: components["parameters"]["schemaID"];
                /**
                 * @description ID of the schema attribute (an attribute of the user schema, not an identity provider's attribute mapping).
                 * @example 5c1e8a4f-2d7b-4e93-a6c0-9f3b7d21e845
                 */
                attributeID: components["parameters"]["schemaAttributeID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SchemaAttributePatch"];
            };
        };
        responses: {
            /** @description The attribute after the change. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemaAttribute"];
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
    listPasswordPolicies: {
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
            /** @description The password policies. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordPolicyCollection"];
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
    createPasswordPolicy: {
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
                "application/json": components["schemas"]["PasswordPolicyInput"];
            };
        };
        responses: {
            /** @description The policy was created. */
            201: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordPolicy"];
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
    readPasswordPolicy: {
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
                 * @description ID of the password policy.
                 * @example 9ad15e9e-3ac6-43f7-a053-d46b87d2de4a
                 */
                passwordPolicyID: components["parameters"]["passwordPolicyID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The password policy. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordPolicy"];
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
    updatePasswordPolicy: {
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
                 * @description ID of the password policy.
                 * @example 9ad15e9e-3ac6-43f7-a053-d46b87d2de4a
                 */
                passwordPolicyID: components["parameters"]["passwordPolicyID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordPolicyInput"];
            };
        };
        responses: {
            /** @description The policy after the change. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordPolicy"];
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
    deletePasswordPolicy: {
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
                 * @description ID of the password policy.
                 * @example 9ad15e9e-3ac6-43f7-a053-d46b87d2de4a
                 */
                passwordPolicyID: components["parameters"]["passwordPolicyID"];
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
    listAgreements: {
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
            /** @description The agreements. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementCollection"];
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
    createAgreement: {
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
                "application/json": components["schemas"]["AgreementInput"];
            };
        };
        responses: {
            /** @description The agreement was created. */
            201: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
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
    readAgreement: {
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
                 * @description ID of the agreement (terms of service or similar) users consent to.
                 * @example 49d7aa39-41a0-4a6d-bafd-84cc5abf98f5
                 */
                agreementID: components["parameters"]["agreementID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agreement. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
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
    updateAgreement: {
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
                 * @description ID of the agreement (terms of service or similar) users consent to.
                 * @example 49d7aa39-41a0-4a6d-bafd-84cc5abf98f5
                 */
                agreementID: components["parameters"]["agreementID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreementInput"];
            };
        };
        responses: {
            /** @description The agreement after the change. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
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
    deleteAgreement: {
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
                 * @description ID of the agreement (terms of service or similar) users consent to.
                 * @example 49d7aa39-41a0-4a6d-bafd-84cc5abf98f5
                 */
                agreementID: components["parameters"]["agreementID"];
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
    listAgreementLanguages: {
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
                 * @description ID of the agreement (terms of service or similar) users consent to.
                 * @example 49d7aa39-41a0-4a6d-bafd-84cc5abf98f5
                 */
                agreementID: components["parameters"]["agreementID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agreement's languages. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementLanguageCollection"];
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
    createAgreementLanguage: {
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
                 * @description ID of the agreement (terms of service or similar) users consent to.
                 * @example 49d7aa39-41a0-4a6d-bafd-84cc5abf98f5
                 */
                agreementID: components["parameters"]["agreementID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreementLanguageCreate"];
            };
        };
        responses: {
            /** @description The language was created. */
            201: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementLanguage"];
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
    readAgreementLanguage: {
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
                 * @description ID of the agreement (terms of service or similar) users consent to.
                 * @example 49d7aa39-41a0-4a6d-bafd-84cc5abf98f5
                 */
                agreementID: components["parameters"]["agreementID"];
                /**
                 * @description ID of the agreement language (one locale's version of an agreement), not of an environment language.
                 * @example 7e156496-4e67-4adc-a139-ebbbbe2c1aea
                 */
                languageID: components["parameters"]["agreementLanguageID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agreement language. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementLanguage"];
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
    updateAgreementLanguage: {
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
                 * @description ID of the agreement (terms of service or similar) users consent to.
                 * @example 49d7aa39-41a0-4a6d-bafd-84cc5abf98f5
                 */
                agreementID: components["parameters"]["agreementID"];
                /**
                 * @description ID of the agreement language (one locale's version of an agreement), not of an environment language.
                 * @example 7e156496-4e67-4adc-a139-ebbbbe2c1aea
                 */
                languageID: components["parameters"]["agreementLanguageID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreementLanguageUpdate"];
            };
        };
        responses: {
            /** @description The language after the change. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementLanguage"];
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
    deleteAgreementLanguage: {
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
                 * @description ID of the agreement (terms of service or similar) users consent to.
                 * @example 49d7aa39-41a0-4a6d-bafd-84cc5abf98f5
                 */
                agreementID: components["parameters"]["agreementID"];
                /**
                 * @description ID of the agreement language (one locale's version of an agreement), not of an environment language.
                 * @example 7e156496-4e67-4adc-a139-ebbbbe2c1aea
                 */
                languageID: components["parameters"]["agreementLanguageID"];
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
    listAgreementRevisions: {
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
                 * @description ID of the agreement (terms of service or similar) users consent to.
                 * @example 49d7aa39-41a0-4a6d-bafd-84cc5abf98f5
                 */
                agreementID: components["parameters"]["agreementID"];
                /**
                 * @description ID of the agreement language (one locale's version of an agreement), not of an environment language.
                 * @example 7e156496-4e67-4adc-a139-ebbbbe2c1aea
                 */
                languageID: components["parameters"]["agreementLanguageID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The language's revisions. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementRevisionCollection"];
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
    createAgreementRevision: {
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
                 * @description ID of the agreement (terms of service or similar) users consent to.
                 * @example 49d7aa39-41a0-4a6d-bafd-84cc5abf98f5
                 */
                agreementID: components["parameters"]["agreementID"];
                /**
                 * @description ID of the agreement language (one locale's version of an agreement), not of an environment language.
                 * @example 7e156496-4e67-4adc-a139-ebbbbe2c1aea
                 */
                languageID: components["parameters"]["agreementLanguageID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreementRevisionCreate"];
            };
        };
        responses: {
            /** @description The revision was created. */
            201: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementRevision"];
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
    readAgreementRevision: {
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
                 * @description ID of the agreement (terms of service or similar) users consent to.
                 * @example 49d7aa39-41a0-4a6d-bafd-84cc5abf98f5
                 */
                agreementID: components["parameters"]["agreementID"];
                /**
                 * @description ID of the agreement language (one locale's version of an agreement), not of an environment language.
                 * @example 7e156496-4e67-4adc-a139-ebbbbe2c1aea
                 */
                languageID: components["parameters"]["agreementLanguageID"];
                /**
                 * @description ID of the agreement revision (one dated version of a language's agreement text).
                 * @example aab73d8e-5c21-4f6b-9d0e-3b7a1c9f2e46
                 */
                revisionID: components["parameters"]["agreementRevisionID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revision. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementRevision"];
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
    deleteAgreementRevision: {
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
                 * @description ID of the agreement (terms of service or similar) users consent to.
                 * @example 49d7aa39-41a0-4a6d-bafd-84cc5abf98f5
                 */
                agreementID: components["parameters"]["agreementID"];
                /**
                 * @description ID of the agreement language (one locale's version of an agreement), not of an environment language.
                 * @example 7e156496-4e67-4adc-a139-ebbbbe2c1aea
                 */
                languageID: components["parameters"]["agreementLanguageID"];
                /**
                 * @description ID of the agreement revision (one dated version of a language's agreement text).
                 * @example aab73d8e-5c21-4f6b-9d0e-3b7a1c9f2e46
                 */
                revisionID: components["parameters"]["agreementRevisionID"];
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
    listUserAgreementConsents: {
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
                 * @description ID of the user.
                 * @example d4e5f6a7-b8c9-4dae-8f01-23456789abcd
                 */
                userID: components["parameters"]["userID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's consent states. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAgreementConsentCollection"];
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
    readUserAgreementConsent: {
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
                 * @description ID of the user.
                 * @example d4e5f6a7-b8c9-4dae-8f01-23456789abcd
                 */
                userID: components["parameters"]["userID"];
                /**
                 * @description ID of the agreement (terms of service or similar) users consent to.
                 * @example 49d7aa39-41a0-4a6d-bafd-84cc5abf98f5
                 */
                agreementID: components["parameters"]["agreementID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consent state. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAgreementConsent"];
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
    changeUserAgreementConsent: {
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
                 * @description ID of the user.
                 * @example d4e5f6a7-b8c9-4dae-8f01-23456789abcd
                 */
                userID: components["parameters"]["userID"];
                /**
                 * @description ID of the agreement (terms of service or similar) users consent to.
                 * @example 49d7aa39-41a0-4a6d-bafd-84cc5abf98f5
                 */
                agreementID: components["parameters"]["agreementID"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.pingidentity.consent.accept+json": components["schemas"]["UserAgreementConsentAccept"];
                "application/vnd.pingidentity.consent.revoke+json": components["schemas"]["UserAgreementConsentRevoke"];
            };
        };
        responses: {
            /** @description The consent state after the change. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAgreementConsent"];
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
    listLicenses: {
        parameters: {
            query?: {
                /**
                 * @description SCIM filter expression over licenses. Supported: `status eq "ACTIVE"` (or another status)
                 *     and `beginsAt lt "<ISO 8601 date-time>"`.
                 */
                filter?: components["parameters"]["licenseFilter"];
                /** @description Sort order. `beginsAt` sorts oldest first, `-beginsAt` newest first. */
                order?: components["parameters"]["licenseOrder"];
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
                 * @description ID of the organization. The environments' `organization.id` holds it.
                 * @example bed432e6-676a-4ebe-b5a5-6b3b54e46bda
                 */
                organizationID: components["parameters"]["organizationID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of licenses. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LicenseCollection"];
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
    readLicense: {
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
                 * @description ID of the organization. The environments' `organization.id` holds it.
                 * @example bed432e6-676a-4ebe-b5a5-6b3b54e46bda
                 */
                organizationID: components["parameters"]["organizationID"];
                /**
                 * @description ID of the license.
                 * @example 57f0efac-37d9-4a17-8a35-196bb3362983
                 */
                licenseID: components["parameters"]["licenseID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The license. */
            200: {
                headers: {
                    "Correlation-Id": components["headers"]["Correlation-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["License"];
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
}
