/**
 * Generated from openapi.json by tools/scripts/generate-api-client.mjs — do not edit.
 * Regenerate with `npm run api:generate`.
 */

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: does the API reach its database (and queue)? */
        get: operations["Health_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/announcements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The municipality's announcements, newest first, with how many citizens have them */
        get: operations["Notifications_announcementList"];
        put?: never;
        /** Send an announcement to all the municipality's active citizens (in-app, push and e-mail by their choices) */
        post: operations["Notifications_announce"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/announcements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One announcement and its progress */
        get: operations["Notifications_announcement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The municipality's API clients */
        get: operations["ApiClients_list"];
        put?: never;
        /** Create an API client; the secret is shown once */
        post: operations["ApiClients_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-clients/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke the client; its tokens stop working at once */
        post: operations["ApiClients_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-clients/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a new secret (the old one stops working at once) */
        post: operations["ApiClients_rotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-clients/{id}/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An API client's webhook (admins) */
        get: operations["Integration_webhook"];
        /**
         * Create or change an API client's webhook (admins)
         * @description The signing secret is in the answer only when the webhook is created. Deliveries start with the events after this moment: each event is POSTed to `url` on its own, in feed order, as the CloudEvent of the feed (see the `event` callback).
         */
        put: operations["Integration_putWebhook"];
        post?: never;
        /** Remove an API client's webhook and its delivery log (admins) */
        delete: operations["Integration_removeWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-clients/{id}/webhook/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The webhook's delivery log, newest first (admins) */
        get: operations["Integration_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published knowledge-base article */
        get: operations["Messaging_article"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the municipality's audit log (team leads) */
        get: operations["Audit_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/citizen/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sign in with MitID (redirects to NemLog-in with a signed SAML AuthnRequest) */
        get: operations["CitizenAuth_login"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/citizen/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out here and at NemLog-in (single logout)
         * @description Ends the Jobunivers session at once, and answers the URL of a signed LogoutRequest that ends the NemLog-in session too.
         */
        post: operations["CitizenAuth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/citizen/saml/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SAML service provider metadata (for registration with NemLog-in) */
        get: operations["CitizenAuth_metadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/dev/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a session as a demo user (dev mode only) */
        post: operations["DevAuth_signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/dev/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Demo users (dev mode only) */
        get: operations["DevAuth_users"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/employer/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sign in with MitID Erhverv (redirects to NemLog-in with a signed SAML AuthnRequest)
         * @description The assertion's professional profile (CVR number) binds the employee to the company; it comes back to the public app's employer section.
         */
        get: operations["EmployerAuth_login"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/employer/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign the employer out here and at NemLog-in (single logout) */
        post: operations["EmployerAuth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the browser session (at once) */
        post: operations["Identity_signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/staff/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Staff sign-in (redirects to the municipality's OpenID Connect provider)
         * @description Authorization code flow with PKCE. If the provider cannot be reached, the browser is sent back to the staff console, which says so.
         */
        get: operations["StaffAuth_login"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar-feeds/{token}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A personal calendar feed (iCalendar), subscribed to by a calendar app */
        get: operations["Meetings_feed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/caseworkers/me/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My weekly availability per meeting form, and my days off and blocked hours */
        get: operations["Meetings_availability"];
        /** Replace my availability (meetings already made stay) */
        put: operations["Meetings_setAvailability"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/caseworkers/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new secret address of my calendar feed (no citizen names in it) */
        post: operations["Meetings_staffFeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/caseworkers/me/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My calendar: my meetings between two dates (default this week) */
        get: operations["Meetings_calendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/citizens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Caseload: citizens of the municipality, filtered, sorted, paginated
         * @description Each citizen listed is recorded in the audit log as read.
         */
        get: operations["Citizens_list"];
        put?: never;
        /**
         * Register a newly unemployed citizen in the caller’s municipality
         * @description Assigns the chosen caseworker, else the registering caseworker, else the least-loaded one; answers with the next steps (the visitation deadline and the invitation sent). 409 with `existingId` when the CPR number already has an active case here; after a closed case a new case opens, keeping the history.
         */
        post: operations["Citizens_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/citizens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A citizen’s case (CPR masked); audited */
        get: operations["Citizens_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/citizens/{id}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Reassign the citizen to another caseworker (team leads) */
        patch: operations["Citizens_reassign"];
        trace?: never;
    };
    "/api/v1/citizens/{id}/contact-exemption": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exempt a citizen from the exemptable contact requirements, with a reason (audited; timeline; feed event dk.jobunivers.screening.contact_exempted)
         * @description 409 `exemption_quota_exceeded` when it would put the municipality above the allowed share of exempt citizens in the target group among those who started in the same half-year; 409 `already_exempt`; 409 `exemption_not_applicable` when the rules allow none.
         */
        post: operations["Contact_exempt"];
        /** Lift a citizen’s exemption (audited; timeline; feed event dk.jobunivers.screening.contact_exemption_lifted); 404 `not_exempt` when there is none */
        delete: operations["Contact_lift"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/citizens/{id}/contact-exemption-quota": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The municipality’s exemption quota for the citizen’s target group and 6-month cohort: allowed, used, remaining (audited) */
        get: operations["Contact_quota"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/citizens/{id}/contact-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A citizen’s contact plan: each required meeting, its due date and status (audited) */
        get: operations["Contact_plan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/citizens/{id}/cpr/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show the full CPR number (an explicit, audited action) */
        post: operations["Citizens_revealCpr"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/citizens/{id}/digital-post": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Record whether the citizen is exempt from Digital Post (formal call-ins are then printed and posted); audited */
        patch: operations["Citizens_setDigitalPost"];
        trace?: never;
    };
    "/api/v1/citizens/{id}/job-matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A citizen’s job matches, as the citizen sees them (audited) */
        get: operations["JobMatching_staffMatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/citizens/{id}/job-suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jobs suggested to a citizen and the answers (audited) */
        get: operations["JobMatching_staffSuggestions"];
        put?: never;
        /** Send a citizen a specific job ad as a suggestion, with a note */
        post: operations["JobMatching_suggest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/citizens/{id}/joblog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A citizen’s joblog (audited) */
        get: operations["JobMatching_forStaff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/citizens/{id}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A citizen’s meetings, latest first (audited) */
        get: operations["Meetings_citizenMeetings"];
        put?: never;
        /** Invite a citizen to a meeting with me (the citizen accepts or asks for a change) */
        post: operations["Meetings_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/citizens/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report the outcome (job, education, other, moved); closes the case */
        post: operations["Citizens_outcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/citizens/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A citizen’s plan (audited) */
        get: operations["Offers_planFor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/citizens/{id}/plan/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suggest an offer; the citizen accepts or declines it */
        post: operations["Offers_suggest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/citizens/{id}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A citizen’s profile/CV (audited) */
        get: operations["Citizens_profile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/citizens/{id}/screening-indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Decision support for a screening (audited): duration, self-assessment flags, inactivity, earlier cases */
        get: operations["Screening_indicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/citizens/{id}/screenings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A citizen’s screenings, newest first (audited) */
        get: operations["Screening_history"];
        put?: never;
        /** Record a screening with the caseworker’s assessment and the track; resolves the citizen’s open queue items */
        post: operations["Screening_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/citizens/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A citizen’s timeline (sagsgang), newest first; audited */
        get: operations["Citizens_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contact-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contact rule sets (samtalekrav) with their validity dates and sources; the set for a citizen is the one in force on the day their unemployment started */
        get: operations["Contact_rules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The jobcentre's inbox: mine, unassigned or all; open or closed (each citizen listed is an audited read) */
        get: operations["Messaging_inbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A conversation with its messages and internal notes (audited; reading it sends a read receipt) */
        get: operations["Messaging_staffThread"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give the conversation to a caseworker of the jobcentre */
        post: operations["Messaging_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take the conversation */
        post: operations["Messaging_claim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the conversation (the citizen can start a new one) */
        post: operations["Messaging_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reply to the citizen, or write an internal note (`internal: true`) */
        post: operations["Messaging_reply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a closed conversation */
        post: operations["Messaging_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employer-placements/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report that a placement ended, or led to a hire */
        post: operations["EmployerPlacements_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employer-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The municipality's employer requests (default: open ones), oldest first */
        get: operations["EmployerRequests_inbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employer-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A request with its thread, proposals and placements */
        get: operations["EmployerRequests_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employer-requests/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give the request to another employer consultant of the municipality */
        post: operations["EmployerRequests_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employer-requests/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Citizens of the municipality who let employers see them, ranked for the request with reasons (audited) */
        get: operations["EmployerRequests_candidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employer-requests/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take the request (it becomes yours, in progress) */
        post: operations["EmployerRequests_claim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employer-requests/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the request with its outcome (hired, not_hired, withdrawn) */
        post: operations["EmployerRequests_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employer-requests/{id}/job-ad": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a recruitment request as a job ad (schema.org JobPosting; matching and alerts reach citizens at once) */
        post: operations["EmployerRequests_jobAd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employer-requests/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer the company in the request’s thread */
        post: operations["EmployerRequests_reply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employer-requests/{id}/placements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve an internship or wage-subsidy placement for a candidate who accepted (an item on their plan) */
        post: operations["EmployerRequests_place"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employer-requests/{id}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose citizens: each gets an invitation and decides whether the company may see them */
        post: operations["EmployerRequests_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employer-requests/consultants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The municipality's employer consultants and team leads (to give a request to) */
        get: operations["EmployerRequests_consultants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employer-requests/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Employer entry KPIs: share answered within 2 working days, candidates sent, hires */
        get: operations["EmployerRequests_kpis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employer/placements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The company's internship and wage-subsidy placements */
        get: operations["Employer_placementList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employer/placements/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report that a placement ended, or led to a hire */
        post: operations["Employer_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employer/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The company's requests, newest first */
        get: operations["Employer_list"];
        put?: never;
        /** Send a request to the municipality of the workplace's postal code (recruitment, internship, wage subsidy, question) */
        post: operations["Employer_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employer/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the company’s requests with its thread */
        get: operations["Employer_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employer/requests/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The candidates who accepted, as each chose to be seen (anonymous or named); every read is in their access log */
        get: operations["Employer_candidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employer/requests/{id}/candidates/{candidateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One candidate who accepted (404 once they withdraw or hide); the read is in their access log */
        get: operations["Employer_candidate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employer/requests/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write to the employer consultants in the request’s thread */
        post: operations["Employer_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employer/requests/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw the request (closed with outcome withdrawn) */
        post: operations["Employer_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The municipality's event feed, oldest first
         * @description An ordered, durable feed of domain events of your municipality, each a CloudEvent 1.0 (structured JSON; webhooks POST the same objects). Keep the `cursor` (an extension attribute) of the last event you processed and ask again with `after=<cursor>`: you get every later event exactly once, in order, without gaps (events of transactions still running are held back until they end). Event ids are stable.
         */
        get: operations["Integration_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insights/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The KPIs of the municipality, a team or a caseworker, per month, with their definitions (team leads)
         * @description Listing the overdue citizens by name is recorded in the audit log (one row per citizen shown).
         */
        get: operations["Insights_kpis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/job-ads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search open job ads: words (Danish stemming, accents ignored), occupation, municipality, radius, hours */
        get: operations["JobAds_search"];
        put?: never;
        /**
         * Import (or update) one job ad as a schema.org JobPosting
         * @description Upserted by the publisher and `identifier` (required for API clients; staff may leave it out). 201 when new, 200 when it updated an ad. Invalid postings: 400 naming every bad field.
         */
        post: operations["JobAds_importOne"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/job-ads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One job ad as schema.org JobPosting JSON-LD */
        get: operations["JobAds_jsonLd"];
        put?: never;
        post?: never;
        /** Withdraw an ad now (it expires; only its publisher may) */
        delete: operations["JobAds_withdraw"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/job-ads/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import up to 1000 job ads at once
         * @description Body: a JSON array of JobPostings, `{"items": [...]}` or a JSON-LD `{"@graph": [...]}`. Every valid posting is stored; the answer reports each one (created, updated or invalid with its errors). Keep a request under 1 MB.
         */
        post: operations["JobAds_importMany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge-base/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The jobcentre's articles (its own, editable, and the shared ones), drafts included */
        get: operations["Messaging_articles"];
        put?: never;
        /** Write a new article (Danish and English) */
        post: operations["Messaging_createArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge-base/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change one of the jobcentre's own articles */
        patch: operations["Messaging_updateArticle"];
        trace?: never;
    };
    "/api/v1/knowledge-base/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Answer quality: questions, share answered without a caseworker, median first response, unanswered questions */
        get: operations["Messaging_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/letters-to-print": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Call-in letters to print and post (citizens exempt from Digital Post) in my municipality, oldest first; audited */
        get: operations["Letters_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/letters-to-print/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The letter as PDF, to print; audited */
        get: operations["Letters_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/letters-to-print/{id}/printed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark the letter printed and posted (again: no change); audited */
        post: operations["Letters_printed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in */
        get: operations["Identity_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who has looked at my data, when and why */
        get: operations["Audit_accessLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/access-log/grouped": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My access log in plain words: one line per day and person (or system), what was seen and why
         * @description `seen` and `reasons` are codes the apps put in words; a list read (e.g. a caseload) is part of one line.
         */
        get: operations["Audit_accessLogGrouped"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new secret address of my calendar feed (the previous one stops working) */
        post: operations["Meetings_citizenFeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/contact-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The meetings the law asks of me, by when, and which are met; everything else is my own choice */
        get: operations["Contact_myPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My conversations with the jobcentre, newest activity first, with unread counts */
        get: operations["Messaging_mine"];
        put?: never;
        /** Write to the jobcentre: a new conversation with its first message */
        post: operations["Messaging_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my conversations with its messages (reading it sends a read receipt) and when a person will answer */
        get: operations["Messaging_thread"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/conversations/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The messages of one of my conversations (marks them read) */
        get: operations["Messaging_messages"];
        put?: never;
        /** Write in one of my conversations (text only, at most 4000 characters; at most 20 messages in 10 minutes) */
        post: operations["Messaging_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/employer-invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Companies I was proposed to, newest first, with my answers */
        get: operations["MyEmployerVisibility_invitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/employer-invitations/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer an invitation: accept (the company may see me) or decline */
        post: operations["MyEmployerVisibility_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/employer-invitations/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take back an accepted invitation: the company loses access at once */
        post: operations["MyEmployerVisibility_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/employer-visibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How companies may see me: hidden (default), anonymous or named */
        get: operations["MyEmployerVisibility_get"];
        /** Choose how companies may see me (can be changed any time) */
        put: operations["MyEmployerVisibility_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download all my data (GDPR art. 15): profile, cases, timeline, meetings, plan, joblog, messages, screenings, notifications, sign-ins and who accessed my data */
        get: operations["Citizens_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/help-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** I want personal help: puts me on my caseworker’s screening queue */
        post: operations["Screening_requestHelp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/job-ads/{id}/not-relevant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mark a job ad not relevant: it leaves my matches and similar ads rank lower */
        put: operations["JobMatching_notRelevant"];
        post?: never;
        /** Undo "not relevant" */
        delete: operations["JobMatching_undoNotRelevant"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/job-alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** New job ads that fit me (job alerts) and how I get them */
        get: operations["JobMatching_alerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/job-alerts/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Job alerts: instant, a daily digest, or off */
        put: operations["JobMatching_alertSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/job-matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My best open job ads, with the reasons they fit and the skills I miss (with offers that develop them) */
        get: operations["JobMatching_matches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/job-matches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How one job ad fits me (for its page) */
        get: operations["JobMatching_match"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/job-suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jobs my caseworker suggested to me */
        get: operations["JobMatching_mySuggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/job-suggestions/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a job suggestion: applied (added to my joblog) or not relevant (with a reason) */
        post: operations["JobMatching_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/joblog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My joblog: the applications I have logged, latest first */
        get: operations["JobMatching_mine"];
        put?: never;
        /** Log an application (give jobAdId, or employer and title) */
        post: operations["JobMatching_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/joblog/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update an application (e.g. interview, rejected, hired) */
        patch: operations["JobMatching_update"];
        trace?: never;
    };
    "/api/v1/me/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My live events (text/event-stream): notification, notification-read; message, read, conversation (messaging); employer-request (employers) */
        get: operations["Live_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/meeting-slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Free meeting times: my caseworker’s, and other caseworkers’ of my jobcentre when mine has none soon enough */
        get: operations["Meetings_slots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My meetings: upcoming (soonest first), then past and cancelled */
        get: operations["Meetings_myMeetings"];
        put?: never;
        /** Book a meeting at a free time; 409 when it was taken meanwhile */
        post: operations["Meetings_book"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my meetings */
        get: operations["Meetings_myMeeting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Move my meeting to another free time and/or form (until the cut-off before it starts); a visitation meeting only to a day up to its `moveBy` (409 meeting_after_deadline) */
        patch: operations["Meetings_reschedule"];
        trace?: never;
    };
    "/api/v1/me/meetings/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation */
        post: operations["Meetings_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/meetings/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My meeting as an iCalendar file (RFC 5545) */
        get: operations["Meetings_ics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/meetings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a meeting I booked, with a reason (until the cut-off before it starts); a call-in (visitation or caseworker invitation, `mustAttend`) answers 409 meeting_attendance_required — move it or ask to change it */
        post: operations["Meetings_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/meetings/{id}/change-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the caseworker for another form or time */
        post: operations["Meetings_requestChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/meetings/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rate a meeting that was held (1–5, optional comment) */
        post: operations["Meetings_rate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notification channels per category, quiet hours and language */
        get: operations["Notifications_settings"];
        /** Choose channels per category, quiet hours and language */
        put: operations["Notifications_saveSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notifications, newest first, with the unread count */
        get: operations["Notifications_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of my notifications read */
        post: operations["Notifications_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all my notifications read */
        post: operations["Notifications_readAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of my notifications are unread (the bell) */
        get: operations["Notifications_unread"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My plan (forløb): job goal and items with their status */
        get: operations["Offers_myPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/plan/goal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set my job goal */
        put: operations["Offers_setGoal"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/plan/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an offer (enrolled, waitlisted, or an application when it needs approval) or my own activity */
        post: operations["Offers_addItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/plan/items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Drop an item (its place goes to the next on the waitlist) */
        delete: operations["Offers_dropItem"];
        options?: never;
        head?: never;
        /** Complete, drop, accept or decline (a suggestion) an item; edit my own activity */
        patch: operations["Offers_patchItem"];
        trace?: never;
    };
    "/api/v1/me/plan/items/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rate an offer I am on or have completed (1–5) */
        post: operations["Offers_rateItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My profile/CV, with how complete it is */
        get: operations["Citizens_myProfile"];
        /** Save my profile/CV (the whole profile; codes are checked against the catalogues) */
        put: operations["Citizens_saveProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/push-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add this browser's push subscription (PushSubscription.toJSON()); posting it again confirms it */
        post: operations["Notifications_subscribe"];
        /** Remove this browser's push subscription */
        delete: operations["Notifications_unsubscribe"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask a question in your own words: the best matching articles, best first (24/7) */
        post: operations["Messaging_ask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/questions/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Did the articles answer it? No: the question goes to a caseworker as a new conversation */
        post: operations["Messaging_feedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/saved-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jobs I saved */
        get: operations["JobMatching_saved"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/saved-jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save a job ad (idempotent) */
        put: operations["JobMatching_save"];
        post?: never;
        /** Remove a job ad from my saved jobs */
        delete: operations["JobMatching_unsave"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/screening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My track and the summary my caseworker wrote for me */
        get: operations["Screening_myScreening"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/screening/comment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Comment on my screening, or ask for a change */
        post: operations["Screening_comment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/self-assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My latest self-assessment (null before the first) */
        get: operations["Screening_latestSelfAssessment"];
        put?: never;
        /** Fill in (or redo) my self-assessment */
        post: operations["Screening_saveSelfAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My timeline (sagsgang), newest first, in plain language */
        get: operations["Citizens_myTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A meeting with its notes (audited) */
        get: operations["Meetings_meeting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Move a meeting (time and/or form), e.g. answering the citizen’s change request */
        patch: operations["Meetings_staffReschedule"];
        trace?: never;
    };
    "/api/v1/meetings/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Write the shared summary (the citizen reads it) and the internal note (staff only) */
        put: operations["Meetings_notes"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the outcome: held, no_show (puts the citizen on the screening queue) or cancelled_by_jobcentre; with the shared summary and the internal note */
        post: operations["Meetings_outcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the 98 municipalities */
        get: operations["Reference_listMunicipalities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipalities/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One municipality by its 4-digit code */
        get: operations["Reference_getMunicipality"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipalities/{code}/unit-name": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the name your municipality signs letters and notifications with (admins of that municipality) */
        put: operations["Reference_setUnitName"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * OAuth2 client credentials grant (RFC 6749 §4.4)
         * @description Client id and secret by HTTP Basic or in the form body. Errors carry the RFC 6749 `error` code beside the problem fields.
         */
        post: operations["OAuth_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/occupations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the occupation catalogue (ISCO-08 unit groups, Danish and English titles) */
        get: operations["Reference_searchOccupations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/occupations/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One occupation by its ISCO-08 code */
        get: operations["Reference_getOccupation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offer-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The approval inbox: applications waiting, oldest first */
        get: operations["Offers_applications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offer-applications/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve (enrols, or waitlists when full) or reject with a reason */
        post: operations["Offers_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Offers: for citizens the published ones they are eligible for; for staff the municipality’s catalogue */
        get: operations["Offers_list"];
        put?: never;
        /** Add an offer to the municipality’s catalogue (draft unless status says published) */
        post: operations["Offers_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One offer */
        get: operations["Offers_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an offer (publish, archive, capacity — more places move the waitlist up) */
        patch: operations["Offers_update"];
        trace?: never;
    };
    "/api/v1/postal-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search postal codes by code or town name */
        get: operations["Reference_listPostalCodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/postal-codes/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One postal code with its municipality (which jobcentre serves it) */
        get: operations["Reference_getPostalCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/push/vapid-public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The VAPID public key browsers subscribe with (applicationServerKey) */
        get: operations["Notifications_vapid"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/screening-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The screening queue: own caseload for caseworkers, the municipality for team leads; overdue first */
        get: operations["Screening_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/screening-queue/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss a queue item with a reason */
        post: operations["Screening_dismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The skill catalogue (Danish and English names), filtered by words */
        get: operations["Reference_skills"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff-users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The municipality's staff */
        get: operations["StaffUsers_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff-users/{id}/revoke-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End all of a staff member's sessions at once */
        post: operations["StaffUsers_revokeSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Mit overblik: today’s meetings, due screening items, unread conversations, approvals waiting and this week’s visitation deadlines of the caller’s caseload
         * @description One request for the staff start page. Each citizen shown (today’s meetings) is recorded in the audit log as read; the counts read no one.
         */
        get: operations["StaffOverview_get"];
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
        AccessLogEntryDto: {
            /** @enum {string} */
            action: "read" | "create" | "update" | "delete" | "reveal" | "export";
            /** @enum {string} */
            actorKind: "staff" | "client" | "employer";
            /**
             * @description The person, or the municipal system
             * @example Mette Kjær
             */
            actorName: string;
            /** @example 0751 */
            municipalityCode: string;
            occurredAt: string;
            purpose: string | null;
            /** @example citizen.profile */
            resource: string;
        };
        AccessLogGroupDto: {
            /** @enum {string} */
            actorKind: "staff" | "client" | "employer";
            /**
             * @description The person, the municipal system, or the company
             * @example Mette Kjær
             */
            actorName: string;
            /** @description Something was changed, created or exported (not only read) */
            changed: boolean;
            /** @description How many audit rows the line stands for */
            count: number;
            /**
             * @description The day (Europe/Copenhagen)
             * @example 2026-12-07
             */
            date: string;
            /** @description First look that day */
            firstAt: string;
            /** @description Last look that day */
            lastAt: string;
            /** @example 0751 */
            municipalityCode: string;
            /** @description Why, as codes; `stated`: the caseworker’s own words, in `statedPurposes` */
            reasons: ("caseload" | "management" | "registration" | "municipal_system" | "lists" | "kpi" | "employer_request" | "stated")[];
            /** @description What was seen, as codes the apps put in words (`lists`: the citizen’s name in a list such as a caseload) */
            seen: ("details" | "profile" | "cpr" | "timeline" | "meetings" | "messages" | "plan" | "screening" | "jobs" | "lists" | "employer_anonymous" | "employer_named" | "other")[];
            /** @description Purposes the caseworker wrote, as written */
            statedPurposes: string[];
        };
        ActivityDto: {
            dueDate: string | null;
            title: string;
        };
        ActivityInputDto: {
            /** @example 2026-12-01 */
            dueDate?: string | null;
            /** @example Opdatér mit CV */
            title: string;
        };
        AddItemDto: {
            activity?: components["schemas"]["ActivityInputDto"] | null;
            /**
             * Format: uuid
             * @description An offer; or give `activity`
             */
            offerId?: string | null;
        };
        AlertSettingsDto: {
            /**
             * @description instant: when a fitting ad arrives; daily: one digest a day; off
             * @enum {string}
             */
            mode: "instant" | "daily" | "off";
        };
        AnnouncementDto: {
            body: string;
            /**
             * Format: date-time
             * @description When every active citizen had it
             */
            completedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            createdByName: string;
            /** Format: uuid */
            id: string;
            /** @description Citizens notified so far */
            recipients: number;
            title: string;
        };
        AnnouncementInputDto: {
            body: string;
            /** @example Jobcentret holder lukket 24. december */
            title: string;
        };
        ApiClientDto: {
            /** @example demo-municipal-system */
            clientId: string;
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @example 0751 */
            municipalityCode: string;
            /** @example Aarhus Kommune – fagsystem */
            name: string;
            revokedAt: string | null;
            rotatedAt: string | null;
            scopes: ("citizens:read" | "citizens:write" | "outcomes:write" | "meetings:read" | "plans:read" | "jobs:write" | "offers:write" | "events:read")[];
        };
        ApiClientWithSecretDto: {
            /** @example demo-municipal-system */
            clientId: string;
            /** @description Shown once. Store it in the integrating system; it cannot be read again. */
            clientSecret: string;
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @example 0751 */
            municipalityCode: string;
            /** @example Aarhus Kommune – fagsystem */
            name: string;
            revokedAt: string | null;
            rotatedAt: string | null;
            scopes: ("citizens:read" | "citizens:write" | "outcomes:write" | "meetings:read" | "plans:read" | "jobs:write" | "offers:write" | "events:read")[];
        };
        ApplicationDto: {
            appliedAt: string;
            /** Format: uuid */
            citizenId: string;
            citizenName: string;
            /**
             * Format: uuid
             * @description The plan item
             */
            id: string;
            offer: components["schemas"]["OfferSummaryDto"];
            placesLeft: number | null;
        };
        ArticleDto: {
            /** @description Plain text with line breaks */
            body: string;
            /** @description The opening of the body */
            excerpt: string;
            /** Format: uuid */
            id: string;
            title: string;
        };
        ArticleInputDto: {
            bodyDa: string;
            bodyEn: string;
            /** @enum {string} */
            status: "published" | "draft";
            titleDa: string;
            titleEn: string;
        };
        AssignDto: {
            /**
             * Format: uuid
             * @description A caseworker of the same jobcentre
             */
            staffId: string;
        };
        AssignmentDto: {
            /** Format: uuid */
            caseworkerId: string;
        };
        AssignRequestDto: {
            /**
             * Format: uuid
             * @description An employer consultant (or team lead) of the municipality
             */
            staffId: string;
        };
        AuditEventDto: {
            /** @enum {string} */
            action: "read" | "create" | "update" | "delete" | "reveal" | "export";
            /** Format: uuid */
            actorId: string;
            /** @enum {string} */
            actorKind: "citizen" | "staff" | "client";
            /** @example 0751 */
            actorMunicipalityCode: string;
            /** @example Mette Kjær */
            actorName: string;
            /** Format: uuid */
            citizenId: string | null;
            /** @example 1 */
            id: string;
            occurredAt: string;
            /** @enum {string} */
            outcome: "allowed" | "denied";
            /** @example caseload */
            purpose: string | null;
            /** @example citizen.profile */
            resource: string;
            resourceId: string | null;
        };
        AvailabilityBlockDto: {
            /** @example 2026-12-28 */
            date: string;
            /** @example 15:00 */
            endTime?: string | null;
            reason?: string | null;
            /**
             * @description Absent: the whole day
             * @example 13:00
             */
            startTime?: string | null;
        };
        AvailabilityDto: {
            /** @description Days off and blocked hours */
            blocks: components["schemas"]["AvailabilityBlockDto"][];
            windows: components["schemas"]["AvailabilityWindowDto"][];
        };
        AvailabilityWindowDto: {
            /** @description Required for in_person */
            address?: string | null;
            /** @example 12:00 */
            endTime: string;
            /** @enum {string} */
            form: "in_person" | "video" | "phone";
            /** @example 30 */
            slotMinutes: number;
            /** @example 09:00 */
            startTime: string;
            /** @description 1 Monday … 7 Sunday */
            weekday: number;
        };
        BookMeetingDto: {
            /**
             * Format: uuid
             * @description From the chosen slot; default my own caseworker
             */
            caseworkerId?: string | null;
            /** @enum {string} */
            form: "in_person" | "video" | "phone";
            /** @example 2026-11-24T10:30:00+01:00 */
            start: string;
            /** @example Mit CV og jobsøgning */
            topic?: string | null;
        };
        BulkImportDto: {
            created: number;
            invalid: number;
            items: components["schemas"]["ImportResultDto"][];
            updated: number;
        };
        CalendarFeedDto: {
            /** @description Secret address of my calendar feed (a new one replaces the old) */
            url: string;
        };
        CancelDto: {
            /** @example Jeg skal til jobsamtale hos en virksomhed */
            reason: string;
        };
        CandidateContactDto: {
            email: string | null;
            phone: string | null;
        };
        CandidateExperienceDto: {
            /**
             * @description Years only: no employer names
             * @example 2019
             */
            fromYear: number;
            /** @example 7115 */
            occupationCode: string | null;
            /** @example Tømrer */
            title: string;
            toYear: number | null;
        };
        ChangeRequestDto: {
            /** @enum {string} */
            form?: "in_person" | "video" | "phone";
            message: string;
            requestedAt: string;
            start?: string;
        };
        ChangeRequestInputDto: {
            /** @enum {string|null} */
            form?: "in_person" | "video" | "phone" | null;
            message: string;
            /** @example 2026-11-25T13:00:00+01:00 */
            start?: string | null;
        };
        ChannelChoiceDto: {
            email: boolean;
            push: boolean;
        };
        ChannelsDto: {
            jobs: components["schemas"]["ChannelChoiceDto"];
            meetings: components["schemas"]["ChannelChoiceDto"];
            messages: components["schemas"]["ChannelChoiceDto"];
            plan: components["schemas"]["ChannelChoiceDto"];
            screening: components["schemas"]["ChannelChoiceDto"];
        };
        CitizenDto: {
            /** Format: uuid */
            assignedCaseworkerId: string | null;
            assignedCaseworkerName: string | null;
            /** @enum {string} */
            benefitType: "unemployment_benefit" | "cash_benefit" | "job_ready_cash_benefit" | "unemployment_allowance";
            closedAt: string | null;
            /**
             * @description Masked; reveal with POST /citizens/{id}/cpr/reveal (audited)
             * @example 010190-xxxx
             */
            cprMasked: string;
            /** @description Exempt from Digital Post: formal call-ins go on the letters-to-print list */
            digitalPostExempt: boolean;
            email: string | null;
            firstName: string;
            /** Format: uuid */
            id: string;
            lastName: string;
            /** @example 0751 */
            municipalityCode: string;
            /** @enum {string|null} */
            outcome: "job" | "education" | "other" | "moved" | null;
            outcomeDate: string | null;
            phone: string | null;
            postalCode: string | null;
            registeredAt: string;
            /** @enum {string} */
            status: "active" | "closed";
            /** @example 2026-11-01 */
            unemployedSince: string;
            unemploymentFund: string | null;
            /**
             * @description Whole weeks of unemployment so far (or until the case closed)
             * @example 3
             */
            weeksUnemployed: number;
        };
        CitizenListItemDto: {
            /** Format: uuid */
            assignedCaseworkerId: string | null;
            assignedCaseworkerName: string | null;
            /** @enum {string} */
            benefitType: "unemployment_benefit" | "cash_benefit" | "job_ready_cash_benefit" | "unemployment_allowance";
            /** @example 010190-xxxx */
            cprMasked: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** @description Start of the next upcoming meeting */
            nextMeetingAt: string | null;
            /** @description Open items on the screening queue */
            openQueueItems: number;
            registeredAt: string;
            /** @enum {string} */
            status: "active" | "closed";
            /**
             * @description `undecided` until the first screening
             * @enum {string}
             */
            track: "undecided" | "self_service" | "personal";
            unemployedSince: string;
            weeksUnemployed: number;
        };
        CitizenLogoutDto: {
            /** @description Where to send the browser to end the NemLog-in session too (single logout); null when the session did not come from NemLog-in. */
            logoutUrl: string | null;
        };
        CloseRequestDto: {
            /** @enum {string} */
            outcome: "hired" | "not_hired" | "withdrawn";
        };
        CloudEventDto: {
            /**
             * @description Extension attribute: the position in the feed; pass it as `after` to continue behind this event.
             * @example 1043.2211
             */
            cursor: string;
            /** @description What happened (no CPR numbers or names): e.g. `{ outcome, date }` or `{ meetingId, form, startsAt }`. */
            data: {
                [key: string]: string;
            };
            /** @enum {string} */
            datacontenttype: "application/json";
            /**
             * Format: uuid
             * @description Stable id of the event, the same in the feed and in every webhook delivery (`webhook-id`): process each id once.
             */
            id: string;
            /**
             * @description The municipality the event belongs to: `/municipalities/<4-digit municipality code>`.
             * @example /municipalities/0751
             */
            source: string;
            /**
             * @description CloudEvents version.
             * @enum {string}
             */
            specversion: "1.0";
            /**
             * @description The citizen (case) the event is about: `citizens/<id>`.
             * @example citizens/3f1c2d4e-0b6a-4c1e-9a57-2f0d8c1b7e10
             */
            subject?: string;
            /**
             * Format: date-time
             * @description When it happened (RFC 3339, UTC).
             */
            time: string;
            /**
             * @description What happened: `dk.jobunivers.<module>.<event>`.
             * @example dk.jobunivers.citizens.registered
             * @enum {string}
             */
            type: "dk.jobunivers.citizens.registered" | "dk.jobunivers.meetings.visitation_held" | "dk.jobunivers.screening.recorded" | "dk.jobunivers.screening.contact_exempted" | "dk.jobunivers.screening.contact_exemption_lifted" | "dk.jobunivers.meetings.booked" | "dk.jobunivers.meetings.rescheduled" | "dk.jobunivers.meetings.cancelled" | "dk.jobunivers.meetings.held" | "dk.jobunivers.meetings.no_show" | "dk.jobunivers.offers.plan_changed" | "dk.jobunivers.offers.application_decided" | "dk.jobunivers.citizens.outcome_reported";
        };
        ComponentHealthDto: {
            /** @description Round-trip time of a trivial query, in milliseconds. */
            latencyMs?: number;
            /** @enum {string} */
            status: "up" | "down" | "disabled";
        };
        ConsultantDto: {
            /** Format: uuid */
            id: string;
            /** @example Rasmus Bech */
            name: string;
        };
        ConsultantsDto: {
            items: components["schemas"]["ConsultantDto"][];
        };
        ContactDto: {
            /** @example sofie@example.dk */
            email: string;
            /** @example +45 20 30 40 50 */
            phone: string;
            /** @example 8000 */
            postalCode: string;
        };
        ContactExemptionDto: {
            /** @example 2026-12-01T09:30:00.000Z */
            at: string;
            /** @description Name of the caseworker who exempted the citizen */
            by: string;
            reason: string;
        };
        ContactExemptionInputDto: {
            /** @example Har fået job fra 1. februar, samtaler giver ikke mening. */
            reason: string;
        };
        ContactPlanDto: {
            exemption: components["schemas"]["ContactExemptionDto"] | null;
            requirements: components["schemas"]["PlannedRequirementDto"][];
            /** @example lov-1750-2026 */
            ruleSetId: string;
            /** @enum {string} */
            targetGroup: "unemployment_benefit" | "cash_benefit" | "job_ready_cash_benefit" | "unemployment_allowance";
            /** @example 2026-11-02 */
            unemployedSince: string;
        };
        ContactRequirementRuleDto: {
            /**
             * @description Due around this day of the unemployment
             * @example null
             */
            atDay: number | null;
            /**
             * @description How many held meetings
             * @example 1
             */
            count: number;
            /** @description Lifted by an exemption (the municipality’s allowed share) */
            exemptable: boolean;
            /**
             * @description in_person_first: offered in person unless the citizen asks for phone or video
             * @enum {string}
             */
            form: "any" | "in_person_first";
            /**
             * @description A meeting counts from this day of the unemployment
             * @example 0
             */
            fromDay: number;
            /**
             * @description first_meeting: the first (mandatory) meeting; job_meetings: meetings within a period; month_16_meeting: the meeting around month 16
             * @enum {string}
             */
            kind: "first_meeting" | "job_meetings" | "month_16_meeting";
            /**
             * @description Within this many days of the unemployment’s start
             * @example 183
             */
            withinDays: number | null;
        };
        ContactRuleGroupDto: {
            /** @description Close to the labour market: counted in the 75 % coverage and the exemption quota */
            closeToLabourMarket: boolean;
            requirements: components["schemas"]["ContactRequirementRuleDto"][];
            /**
             * @description The target group (follows the citizen’s benefit)
             * @enum {string}
             */
            targetGroup: "unemployment_benefit" | "cash_benefit" | "job_ready_cash_benefit" | "unemployment_allowance";
        };
        ContactRuleSetDto: {
            /**
             * @description Share that must have had its meetings within 6 months
             * @example 0.75
             */
            coverageTarget: number | null;
            groups: components["schemas"]["ContactRuleGroupDto"][];
            /** @example lov-1750-2026 */
            id: string;
            /**
             * @description Share of a target group’s 6-month cohort that may be exempted
             * @example 0.25
             */
            maxExemptShare: number;
            /** @description The law and guidance the numbers come from */
            source: string;
            /**
             * @description Applies to unemployment that started on or after this day
             * @example 2026-07-01
             */
            validFrom: string;
            /**
             * @description Last start day it applies to; null: until further notice
             * @example 2026-12-31
             */
            validTo: string | null;
        };
        ContactRuleSetListDto: {
            items: components["schemas"]["ContactRuleSetDto"][];
        };
        ConversationDto: {
            assignedName: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            firstResponseAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastMessageAt: string;
            /**
             * Format: date-time
             * @description Read receipt: when the other side last read the conversation
             */
            otherReadAt: string | null;
            /** @description The last message, shortened */
            preview: string | null;
            /** @enum {string} */
            status: "open" | "closed";
            subject: string;
            /** @description Messages the reader has not seen */
            unread: number;
        };
        ConversationThreadDto: {
            assignedName: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            firstResponseAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastMessageAt: string;
            messages: components["schemas"]["MessageDto"][];
            opening: components["schemas"]["OpeningDto"];
            /**
             * Format: date-time
             * @description Read receipt: when the other side last read the conversation
             */
            otherReadAt: string | null;
            /** @description The last message, shortened */
            preview: string | null;
            /** @enum {string} */
            status: "open" | "closed";
            subject: string;
            /** @description Messages the reader has not seen */
            unread: number;
        };
        CprDto: {
            /** @example 010190-1234 */
            cpr: string;
        };
        CreateApiClientDto: {
            /** @example Aarhus Kommune – fagsystem */
            name: string;
            scopes: ("citizens:read" | "citizens:write" | "outcomes:write" | "meetings:read" | "plans:read" | "jobs:write" | "offers:write" | "events:read")[];
        };
        DecisionDto: {
            /** @enum {string} */
            decision: "approve" | "reject";
            /** @description Required when rejecting: the citizen reads it */
            reason?: string | null;
        };
        DevSignInDto: {
            /**
             * Format: uuid
             * @description An id from GET /api/v1/auth/dev/users
             */
            userId: string;
        };
        DevUserDto: {
            /**
             * @description Employer users: the company's name.
             * @example Bygma A/S
             */
            companyName?: string;
            /**
             * @description Employer users: the company's CVR number.
             * @example 12345678
             */
            cvr?: string;
            /** Format: uuid */
            id: string;
            /** @example 0751 */
            municipalityCode: string;
            /** @example Mette Kjær */
            name: string;
            /**
             * @description The user's main role.
             * @enum {string}
             */
            role: "citizen" | "employer" | "caseworker" | "team_lead" | "municipality_admin" | "employer_consultant";
        };
        DigitalPostInputDto: {
            /** @description Exempt from Digital Post (fritaget for Digital Post) */
            digitalPostExempt: boolean;
        };
        DismissDto: {
            reason: string;
        };
        EducationDto: {
            /** @example 2015 */
            completedYear?: number | null;
            /** @example Business College Syd */
            institution?: string | null;
            /** @example Kontoruddannelse */
            title: string;
        };
        EmployerCandidateDto: {
            /** Format: date-time */
            acceptedAt: string;
            /**
             * @description The municipality of the home area, not the address
             * @example Aarhus
             */
            area: string;
            /** @description named only: what the citizen chose to share */
            contact?: components["schemas"]["CandidateContactDto"];
            experience: components["schemas"]["CandidateExperienceDto"][];
            /**
             * Format: uuid
             * @description The proposal (the candidate for this request), not the citizen
             */
            id: string;
            /**
             * @description A label for anonymous candidates; the name for named ones
             * @example Kandidat 1
             */
            label: string;
            /** @description named only */
            name?: string;
            /**
             * @example [
             *       "Tømrere og bygningssnedkere"
             *     ]
             */
            occupations: string[];
            /** @description Why the candidate fits the request */
            reasons: components["schemas"]["ReasonDto"][];
            /**
             * @example [
             *       "Truckcertifikat"
             *     ]
             */
            skills: string[];
            /** @enum {string} */
            visibility: "anonymous" | "named";
        };
        EmployerCandidatesDto: {
            items: components["schemas"]["EmployerCandidateDto"][];
        };
        EmployerInvitationDto: {
            /** Format: date-time */
            answeredAt: string | null;
            /** @example Østjysk Byg A/S */
            companyName: string;
            /** Format: date-time */
            createdAt: string;
            description: string;
            hoursPerWeek: number | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "recruitment" | "internship" | "wage_subsidy" | "question";
            /** @example Tømrere og bygningssnedkere */
            occupationTitle: string;
            /** @description The request is still open */
            open: boolean;
            /** @example 8000 Aarhus C */
            place: string;
            /** @enum {string} */
            status: "invited" | "accepted" | "declined" | "withdrawn";
            title: string;
            /**
             * @description What the company sees of you if you accept (your current level)
             * @enum {string}
             */
            visibility: "hidden" | "anonymous" | "named";
        };
        EmployerInvitationsDto: {
            items: components["schemas"]["EmployerInvitationDto"][];
        };
        EmployerKpisDto: {
            /** @description The share (0–1); null without requests */
            answeredShare: number | null;
            /** @description Of those, answered by a consultant within 2 working days */
            answeredWithinTwoWorkingDays: number;
            /** @description Candidates who accepted */
            candidatesAccepted: number;
            /** @description Citizens proposed to companies in the period */
            candidatesSent: number;
            /** Format: date */
            from: string;
            /** @description Hires: requests closed as hired and placements that led to a hire */
            hires: number;
            /** @description Requests received in the period */
            requests: number;
            /** Format: date */
            to: string;
        };
        EmployerPlacementsDto: {
            items: components["schemas"]["PlacementDto"][];
        };
        EmployerRequestDto: {
            /** @description Candidates who accepted and whom the company can see */
            candidates: number;
            /** Format: date-time */
            closedAt: string | null;
            /** @example Østjysk Byg A/S */
            companyName: string;
            /** @description The employer consultant handling it */
            consultantName: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Who at the company sent it */
            createdByName: string;
            /** @example 12345678 */
            cvr: string;
            description: string;
            hoursPerWeek: number | null;
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The published job ad, if any
             */
            jobAdId: string | null;
            /** @enum {string} */
            kind: "recruitment" | "internship" | "wage_subsidy" | "question";
            /**
             * @description The municipality the request went to
             * @example 0751
             */
            municipalityCode: string;
            /** @example Aarhus */
            municipalityName: string;
            /** @example 7115 */
            occupationCode: string;
            /** @example Tømrere og bygningssnedkere */
            occupationTitle: string;
            /**
             * @description The occupation in English
             * @example Carpenters and joiners
             */
            occupationTitleEn: string;
            /** @enum {string|null} */
            outcome: "hired" | "not_hired" | "withdrawn" | null;
            positions: number | null;
            /** @example 8000 */
            postalCode: string;
            /** Format: date */
            startBy: string | null;
            /** @enum {string} */
            status: "new" | "in_progress" | "candidates_sent" | "closed";
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        EmployerRequestThreadDto: {
            /** @description Candidates who accepted and whom the company can see */
            candidates: number;
            /** Format: date-time */
            closedAt: string | null;
            /** @example Østjysk Byg A/S */
            companyName: string;
            /** @description The employer consultant handling it */
            consultantName: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Who at the company sent it */
            createdByName: string;
            /** @example 12345678 */
            cvr: string;
            description: string;
            hoursPerWeek: number | null;
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The published job ad, if any
             */
            jobAdId: string | null;
            /** @enum {string} */
            kind: "recruitment" | "internship" | "wage_subsidy" | "question";
            messages: components["schemas"]["RequestMessageDto"][];
            /**
             * @description The municipality the request went to
             * @example 0751
             */
            municipalityCode: string;
            /** @example Aarhus */
            municipalityName: string;
            /** @example 7115 */
            occupationCode: string;
            /** @example Tømrere og bygningssnedkere */
            occupationTitle: string;
            /**
             * @description The occupation in English
             * @example Carpenters and joiners
             */
            occupationTitleEn: string;
            /** @enum {string|null} */
            outcome: "hired" | "not_hired" | "withdrawn" | null;
            positions: number | null;
            /** @example 8000 */
            postalCode: string;
            /** Format: date */
            startBy: string | null;
            /** @enum {string} */
            status: "new" | "in_progress" | "candidates_sent" | "closed";
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        EmployerVisibilityDto: {
            /**
             * @description hidden: no company sees you (default); anonymous: companies you accept see your occupations, skills, experience and area, never your name; named: also your name and the contact details you choose
             * @enum {string}
             */
            level: "hidden" | "anonymous" | "named";
            /** @description With named: the company may see your e-mail address */
            shareEmail: boolean;
            /** @description With named: the company may see your phone number */
            sharePhone: boolean;
            /** Format: date-time */
            updatedAt: string | null;
        };
        EmployerVisibilityInputDto: {
            /** @enum {string} */
            level: "hidden" | "anonymous" | "named";
            /** @default false */
            shareEmail: boolean | null;
            /** @default false */
            sharePhone: boolean | null;
        };
        ExemptionQuotaDto: {
            /** @description How many may be exempt (the share of the cohort, rounded down) */
            allowed: number;
            /**
             * @description The half-year the citizen’s unemployment started in
             * @example 2026-H2
             */
            cohort: string;
            /** @example 2026-07-01 */
            cohortFrom: string;
            /** @description Citizens of the municipality in this target group whose unemployment started in the cohort */
            cohortSize: number;
            /** @example 2026-12-31 */
            cohortTo: string;
            /** @description Of them, exempt now */
            exempt: number;
            /** @example 0.25 */
            maxShare: number;
            /** @description allowed − exempt (never below 0) */
            remaining: number;
            /** @example lov-1750-2026 */
            ruleSetId: string;
            /** @enum {string} */
            targetGroup: "unemployment_benefit" | "cash_benefit" | "job_ready_cash_benefit" | "unemployment_allowance";
        };
        ExperienceDto: {
            /** @example Netto */
            employer: string;
            /** @example 2019-03 */
            from: string;
            /** @example 5223 */
            occupationCode?: string | null;
            /** @example Butiksassistent */
            title: string;
            /** @example 2024-06 */
            to?: string | null;
        };
        FeedPageDto: {
            /** @description More events are ready right now. */
            hasMore: boolean;
            /** @description CloudEvents, oldest first. */
            items: components["schemas"]["CloudEventDto"][];
            /**
             * @description Pass as `after` to get the next events (unchanged when there were none).
             * @example 1043.2211
             */
            nextCursor: string;
        };
        GoalDto: {
            /**
             * @description ISCO-08 unit groups
             * @example [
             *       "4311"
             *     ]
             */
            occupations: string[];
            /** @example Job som bogholder i en mindre virksomhed */
            text: string;
        };
        HealthDto: {
            database: components["schemas"]["ComponentHealthDto"];
            queue: components["schemas"]["ComponentHealthDto"];
            /** @enum {string} */
            status: "ok";
        };
        HelpRequestDto: {
            createdAt: string;
            /** Format: uuid */
            id: string;
        };
        HelpRequestInputDto: {
            /** @example Jeg har brug for hjælp til at komme videre. */
            message: string;
        };
        ImportResultDto: {
            /** @description Every bad field, with its path inside the posting */
            errors?: {
                field?: string;
                message?: string;
            }[];
            /** Format: uuid */
            id?: string;
            identifier?: string;
            /** @description Position in the request */
            index: number;
            /** @enum {string} */
            status: "created" | "updated" | "invalid";
        };
        InboxItemDto: {
            assignedName: string | null;
            /** Format: uuid */
            assignedTo: string | null;
            /** Format: uuid */
            citizenId: string;
            citizenName: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            firstResponseAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastMessageAt: string;
            /**
             * Format: date-time
             * @description Read receipt: when the other side last read the conversation
             */
            otherReadAt: string | null;
            /** @description The last message, shortened */
            preview: string | null;
            /** @enum {string} */
            status: "open" | "closed";
            subject: string;
            /** @description Messages the reader has not seen */
            unread: number;
        };
        IndicatorsDto: {
            /** @enum {string} */
            benefitType: "unemployment_benefit" | "cash_benefit" | "job_ready_cash_benefit" | "unemployment_allowance";
            /** @description Days since the citizen last signed in; null if never */
            daysSinceSignIn: number | null;
            /** @description Earlier, closed cases of the same person */
            earlierCases: number;
            /** @description Meetings the citizen did not turn up to (no-shows) */
            missedMeetings: number;
            /** @description Open queue items for the citizen */
            openQueueItems: number;
            selfAssessment: components["schemas"]["SelfAssessmentDto"] | null;
            weeksUnemployed: number;
        };
        InvitationAnswerDto: {
            /** @description true: the company may see you (at your visibility level); false: no thanks */
            accept: boolean;
        };
        InviteDto: {
            /** @description In person: where; default the address of my in-person availability */
            address?: string | null;
            /** @description Default 30 */
            durationMinutes?: number | null;
            /** @enum {string} */
            form: "in_person" | "video" | "phone";
            /** @description A formal call-in (indkaldelse): also sent as a Digital Post letter, whatever the citizen's notification settings. Default false; a visitation invitation is always formal. */
            formal?: boolean | null;
            /**
             * @description Default job_meeting
             * @enum {string|null}
             */
            kind?: "visitation" | "job_meeting" | null;
            /** @example 2026-11-24T10:30:00+01:00 */
            start: string;
            topic?: string | null;
        };
        ItemRatingDto: {
            score: number;
        };
        JobAdCreatedDto: {
            /** Format: uuid */
            jobAdId: string;
        };
        JobAdDto: {
            /** @example 2026-11-20 */
            datePosted: string;
            /** @description Plain text (markup removed on import) */
            description: string;
            /** @description Kilometres from the search centre or the citizen’s home */
            distanceKm?: number;
            employer: string;
            /**
             * @example [
             *       "FULL_TIME",
             *       "PERMANENT"
             *     ]
             */
            employmentType: string[];
            /** @enum {string|null} */
            hours: "full_time" | "part_time" | null;
            /** Format: uuid */
            id: string;
            /** @example da */
            language: string;
            /** @example Aarhus C */
            locality: string;
            /** @example 0751 */
            municipalityCode: string;
            /** @example Aarhus */
            municipalityName: string;
            occupation: components["schemas"]["OccupationRefDto"];
            /** @description Still open (validThrough not passed) */
            open: boolean;
            /** @description Skills in the employer’s words, not in the catalogue */
            otherSkills: string[];
            /** @description Added by this municipality (staff may edit it) */
            ownedByMyMunicipality: boolean;
            /** @example 8000 */
            postalCode: string;
            salary: components["schemas"]["SalaryDto"] | null;
            /** @description Catalogue skill ids */
            skills: string[];
            streetAddress: string | null;
            title: string;
            /** @description Where to apply */
            url: string | null;
            /** Format: date-time */
            validThrough: string | null;
            /** @example 37 timer om ugen */
            workHours: string | null;
        };
        JobAdPageDto: {
            items: components["schemas"]["JobAdDto"][];
            limit: number;
            page: number;
            total: number;
            totalPages: number;
        };
        JobAlertDto: {
            createdAt: string;
            /** Format: uuid */
            id: string;
            jobAd: components["schemas"]["JobAdDto"];
            /** @enum {string} */
            mode: "instant" | "daily";
            score: number;
        };
        JobAlertsDto: {
            /** @description Newest first */
            items: components["schemas"]["JobAlertDto"][];
            /** @enum {string} */
            mode: "instant" | "daily" | "off";
        };
        JoblogDto: {
            /** @description Latest application first */
            items: components["schemas"]["JoblogEntryDto"][];
            /** @description Date of the latest application */
            lastAppliedOn: string | null;
        };
        JoblogEntryDto: {
            appliedOn: string;
            employer: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            jobAdId: string | null;
            notes: string | null;
            /** @enum {string} */
            status: "applied" | "interview" | "rejected" | "offer" | "hired";
            title: string;
            updatedAt: string;
        };
        JoblogInputDto: {
            /**
             * @description YYYY-MM-DD, not in the future
             * @example 2026-11-20
             */
            appliedOn: string;
            /**
             * @description Required without jobAdId
             * @example Aarhus Kommune
             */
            employer?: string;
            /**
             * Format: uuid
             * @description A job ad (employer and title are then taken from it)
             */
            jobAdId?: string | null;
            notes?: string | null;
            /** @enum {string} */
            status: "applied" | "interview" | "rejected" | "offer" | "hired";
            /**
             * @description Required without jobAdId
             * @example Bogholder
             */
            title?: string;
        };
        JoblogPatchDto: {
            /**
             * @description YYYY-MM-DD, not in the future
             * @example 2026-11-20
             */
            appliedOn?: string | null;
            /**
             * @description Required without jobAdId
             * @example Aarhus Kommune
             */
            employer?: string | null;
            /**
             * Format: uuid
             * @description A job ad (employer and title are then taken from it)
             */
            jobAdId?: string | null;
            notes?: string | null;
            /** @enum {string|null} */
            status?: "applied" | "interview" | "rejected" | "offer" | "hired" | null;
            /**
             * @description Required without jobAdId
             * @example Bogholder
             */
            title?: string | null;
        };
        JobMatchDto: {
            factors: components["schemas"]["MatchFactorDto"][];
            jobAd: components["schemas"]["JobAdDto"];
            missingSkills: components["schemas"]["MissingSkillDto"][];
            notRelevant: boolean;
            /** @description The same reasons, in the same order, as codes and parameters */
            reasonCodes: components["schemas"]["MatchReasonDto"][];
            /**
             * @description Why it fits, worded by the server in the Accept-Language (da default, en); kept for integrators — apps word `reasonCodes`
             * @example [
             *       "Matcher dit jobønske: Sygeplejersker",
             *       "3 af 5 kompetencer",
             *       "18 km fra dig"
             *     ]
             */
            reasons: string[];
            saved: boolean;
            score: number;
        };
        JobMatchesDto: {
            /** @description Best first */
            items: components["schemas"]["JobMatchDto"][];
            /** @description False when the profile lacks what matching needs (wished occupations or skills) */
            profileReady: boolean;
        };
        JobSuggestionDto: {
            /** @enum {string|null} */
            answer: "applied" | "not_relevant" | null;
            answeredAt: string | null;
            answerReason: string | null;
            createdAt: string;
            /** Format: uuid */
            id: string;
            jobAd: components["schemas"]["JobAdDto"];
            note: string | null;
            suggestedByName: string;
        };
        JobSuggestionsDto: {
            /** @description Unanswered first, then newest */
            items: components["schemas"]["JobSuggestionDto"][];
        };
        KnowledgeReportDto: {
            /** @description Sent on to a caseworker (the citizen said no) */
            escalated: number;
            /** @description Median first-response time of conversations, minutes */
            medianFirstResponseMinutes: number | null;
            /** @description Questions asked in the period */
            questions: number;
            /** @description Answered by the knowledge base (the citizen said yes) */
            resolved: number;
            /** @description resolved / (resolved + escalated); null without feedback */
            resolvedShare: number | null;
            /** @description Questions no article answered, newest first */
            unanswered: components["schemas"]["UnansweredQuestionDto"][];
        };
        KpiDto: {
            /** @description How it is computed, in plain words */
            definition: string;
            denominator: number | null;
            /** @description Number of ratings 1, 2, 3, 4, 5 */
            distribution?: number[];
            /**
             * @description Which way is better
             * @enum {string}
             */
            goal: "up" | "down" | "zero" | "none";
            /** @description The value per target group over the period (contact_coverage, exempt_share) */
            groups?: components["schemas"]["KpiGroupDto"][];
            /** @enum {string} */
            key: "job_or_education_13_weeks" | "job_or_education_26_weeks" | "visitation_median_days" | "visitation_within_deadline" | "overdue_citizens" | "meeting_form_in_person" | "meeting_form_video" | "meeting_form_phone" | "no_show_rate" | "self_service_share" | "digitally_active_14_days" | "meeting_satisfaction" | "offer_satisfaction" | "first_response_median_minutes" | "knowledge_base_answered" | "contact_coverage" | "exempt_share";
            numerator: number | null;
            series: components["schemas"]["KpiPointDto"][];
            /** @description Measured now, not per month */
            snapshot: boolean;
            /**
             * @description The line the law draws: contact_coverage at least this share, exempt_share at most this share
             * @example 0.75
             */
            target?: number;
            title: string;
            /**
             * @description share: 0–1; score: 1–5
             * @enum {string}
             */
            unit: "share" | "days" | "minutes" | "count" | "score";
            /** @description Over the whole period (or now, for snapshots) */
            value: number | null;
        };
        KpiGroupDto: {
            denominator: number;
            numerator: number;
            /** @enum {string} */
            targetGroup: "unemployment_benefit" | "cash_benefit" | "job_ready_cash_benefit" | "unemployment_allowance";
            value: number | null;
        };
        KpiPointDto: {
            /** @description How many the value is computed over (cases, meetings, ratings, …) */
            denominator: number | null;
            /** @example 2026-10 */
            month: string;
            numerator: number | null;
            value: number | null;
        };
        KpiReportDto: {
            caseworker: string | null;
            /** @example 2026-06-01 */
            from: string;
            kpis: components["schemas"]["KpiDto"][];
            /**
             * @example [
             *       "2026-10",
             *       "2026-11"
             *     ]
             */
            months: string[];
            /** @example 0751 */
            municipalityCode: string;
            overdue: components["schemas"]["OverdueDto"];
            team: string | null;
            teams: components["schemas"]["TeamDto"][];
            /** @example 2026-11-22 */
            to: string;
        };
        LanguageDto: {
            /**
             * @description ISO 639-1 code
             * @example da
             */
            language: string;
            /** @enum {string} */
            level: "basic" | "good" | "fluent" | "native";
        };
        LatestSelfAssessmentDto: {
            latest: components["schemas"]["SelfAssessmentDto"] | null;
        };
        LetterToPrintDto: {
            /** Format: uuid */
            citizenId: string;
            citizenName: string;
            /** @description When the letter was written */
            createdAt: string;
            /**
             * Format: uuid
             * @description The letter (its MeMo message UUID)
             */
            id: string;
            /** Format: uuid */
            meetingId: string | null;
            printedAt: string | null;
            /** @description When the meeting starts */
            startsAt: string | null;
            /** @enum {string} */
            status: "to_print" | "printed";
        };
        MatchFactorDto: {
            /** @enum {string} */
            factor: "occupation" | "skills" | "distance" | "hours" | "language" | "feedback";
            /** @description Most points the factor can give */
            max: number;
            /** @description Points given (negative for feedback) */
            points: number;
        };
        MatchReasonDto: {
            /**
             * @description What the reason is; apps word it from their own texts (`reasons` holds the server’s wording)
             * @enum {string}
             */
            code: "exact" | "related" | "skills" | "km" | "area" | "full_time" | "part_time" | "language" | "employer" | "occupation";
            /**
             * @description Values to fill in: exact/related {title} (occupation title in the Accept-Language), skills {matched, total}, km {km}, area {municipality}, language {language: ISO 639-1 code}, employer {employer}; the others none
             * @example {
             *       "title": "Sygeplejersker"
             *     }
             */
            params: {
                [key: string]: string;
            };
        };
        MeDto: {
            /**
             * @description Employers only: the company's name.
             * @example Bygma A/S
             */
            companyName?: string;
            /**
             * @description Employers only: the company's CVR number.
             * @example 12345678
             */
            cvr?: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "citizen" | "staff" | "client" | "employer";
            /** @example 0751 */
            municipalityCode: string;
            /** @example Mette Kjær */
            name: string;
            /** @description Empty for API clients (they have scopes). */
            roles: ("citizen" | "employer" | "caseworker" | "team_lead" | "municipality_admin" | "employer_consultant")[];
            /** @description API clients only. */
            scopes?: ("citizens:read" | "citizens:write" | "outcomes:write" | "meetings:read" | "plans:read" | "jobs:write" | "offers:write" | "events:read")[];
        };
        MeetingDto: {
            /** @description In person */
            address: string | null;
            /** @description The citizen may cancel it here now (changeable and not a call-in; a cancel of a call-in answers 409 meeting_attendance_required) */
            cancellable: boolean;
            cancelReason: string | null;
            /** Format: uuid */
            caseworkerId: string;
            caseworkerName: string;
            /** @description The citizen may still reschedule or cancel (before the cut-off) */
            changeable: boolean;
            /** @description Latest time the citizen can change or cancel here */
            changeableUntil: string;
            changeRequest: components["schemas"]["ChangeRequestDto"] | null;
            end: string;
            /** @enum {string} */
            form: "in_person" | "video" | "phone";
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "visitation" | "job_meeting";
            /**
             * Format: date
             * @description Visitation: the latest day (Copenhagen) it may be moved to — its legal deadline, or its own day if later (a later time answers 409 meeting_after_deadline); null: no such limit
             * @example 2026-12-20
             */
            moveBy: string | null;
            /** @description A formal call-in (the visitation, or an invitation from the caseworker): the citizen has a duty to attend; it can be moved or a change asked for, not cancelled */
            mustAttend: boolean;
            /**
             * @description Who set it up
             * @enum {string}
             */
            origin: "citizen" | "caseworker" | "system";
            /** @description Phone: the number the caseworker calls */
            phoneNumber: string | null;
            rating: components["schemas"]["RatingDto"] | null;
            /** @description iCalendar SEQUENCE */
            sequence: number;
            sharedSummary: string | null;
            start: string;
            /** @enum {string} */
            status: "invited" | "booked" | "change_requested" | "held" | "no_show" | "cancelled" | "cancelled_by_jobcentre";
            topic: string | null;
            /** @description Video: the join link */
            videoUrl: string | null;
        };
        MeetingListDto: {
            /** @description Upcoming first (soonest first), then past (latest first) */
            items: components["schemas"]["MeetingDto"][];
        };
        MessageDto: {
            /** @enum {string} */
            authorKind: "citizen" | "staff";
            authorName: string;
            /** @description Plain text; show it as text, never as HTML */
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @description A staff-only note (never in citizen responses) */
            internal: boolean;
        };
        MissingSkillDto: {
            /** @example forklift */
            id: string;
            /** @example Truckcertifikat */
            name: string;
            /** @description Published offers in the citizen’s municipality that develop it */
            offers: components["schemas"]["SkillOfferDto"][];
        };
        MunicipalityDto: {
            /**
             * @description 4-digit kommunekode
             * @example 0751
             */
            code: string;
            /**
             * @description Latitude of the centre point (WGS84)
             * @example 56.15
             */
            latitude: number;
            /**
             * @description Longitude of the centre point (WGS84)
             * @example 10.2
             */
            longitude: number;
            /** @example Aarhus */
            name: string;
            /**
             * @example Midtjylland
             * @enum {string}
             */
            region: "Hovedstaden" | "Sjælland" | "Syddanmark" | "Midtjylland" | "Nordjylland";
            /** @example 1082 */
            regionCode: string;
            /**
             * @description The name the municipality signs call-in letters, notifications and calendar invitations with (set by its admins)
             * @example Jobcenter Aarhus
             */
            unitName: string;
        };
        MyScreeningDto: {
            caseworkerName: string | null;
            changeRequested: boolean;
            comment: string | null;
            nextScreeningDate: string | null;
            screenedAt: string | null;
            summary: string | null;
            /**
             * @description `undecided` until the first screening
             * @enum {string}
             */
            track: "undecided" | "self_service" | "personal";
        };
        NewConversationDto: {
            message: string;
            /** @example Spørgsmål om min joblog */
            subject: string;
        };
        NewEmployerRequestDto: {
            /** @example Vi søger to tømrere med erfaring i nybyg. */
            description: string;
            /** @example 37 */
            hoursPerWeek?: number | null;
            /**
             * @description recruitment, internship (virksomhedspraktik), wage_subsidy (løntilskud) or question
             * @enum {string}
             */
            kind: "recruitment" | "internship" | "wage_subsidy" | "question";
            /**
             * @description The municipality, when the postal code lies in several (GET /api/v1/postal-codes/{code} lists them); otherwise optional
             * @example 0751
             */
            municipalityCode?: string | null;
            /**
             * @description ISCO-08 unit group of the work (GET /api/v1/occupations)
             * @example 7115
             */
            occupationCode: string;
            /** @example 2 */
            positions?: number | null;
            /**
             * @description The workplace's postal code: it decides the municipality
             * @example 8000
             */
            postalCode: string;
            /**
             * @description Wished start, at the latest (YYYY-MM-DD)
             * @example 2027-01-04
             */
            startBy?: string | null;
            /** @example Tømrere til byggeri i Aarhus Ø */
            title: string;
        };
        NewMessageDto: {
            message: string;
        };
        NewPlacementDto: {
            /** @example 2027-02-26 */
            endDate: string;
            /** @example 30 */
            hoursPerWeek: number;
            /**
             * Format: uuid
             * @description An accepted proposal of this request
             */
            proposalId: string;
            /** @example 2027-01-04 */
            startDate: string;
        };
        NewProposalsDto: {
            citizenIds: string[];
        };
        NotesInputDto: {
            internalNote?: string | null;
            sharedSummary?: string | null;
        };
        NotificationDto: {
            /** @enum {string} */
            category: "meetings" | "jobs" | "messages" | "plan" | "screening";
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @example meeting_rescheduled */
            kind: string;
            /**
             * @description Path in the recipient's app
             * @example /samtaler/1b2c…
             */
            link: string;
            /** Format: date-time */
            readAt: string | null;
            /** @example Din samtale er flyttet til 24. nov. kl. 10.00. */
            text: string;
        };
        NotificationPageDto: {
            items: components["schemas"]["NotificationDto"][];
            /** @example 20 */
            limit: number;
            /** @example 1 */
            page: number;
            /**
             * @description Number of items across all pages.
             * @example 98
             */
            total: number;
            /** @example 5 */
            totalPages: number;
            /**
             * @description Unread notifications in all
             * @example 3
             */
            unread: number;
        };
        NotificationSettingsDto: {
            /** @description Per category: push and e-mail on or off (in-app is always on) */
            channels: components["schemas"]["ChannelsDto"];
            /** @description Where e-mail goes (from the profile); null: no e-mail address */
            email: string | null;
            /**
             * @description The language push and e-mail are written in
             * @enum {string}
             */
            language: "da" | "en";
            /**
             * @description Devices with push enabled
             * @example 1
             */
            pushDevices: number;
            /** @description No push or e-mail in these hours (Copenhagen time), except meeting changes within 24 hours */
            quietHours: components["schemas"]["QuietHoursDto"];
        };
        NotificationSettingsInputDto: {
            /** @description Per category: push and e-mail on or off (in-app is always on) */
            channels: components["schemas"]["ChannelsDto"];
            /**
             * @description The language push and e-mail are written in
             * @enum {string}
             */
            language: "da" | "en";
            /** @description No push or e-mail in these hours (Copenhagen time), except meeting changes within 24 hours */
            quietHours: components["schemas"]["QuietHoursDto"];
        };
        NotRelevantDto: {
            /** @example For langt væk */
            reason?: string | null;
        };
        OccupationDto: {
            /**
             * @description ISCO-08 unit group
             * @example 2512
             */
            code: string;
            /** @example Softwareudviklere */
            titleDa: string;
            /** @example Software developers */
            titleEn: string;
        };
        OccupationRefDto: {
            /** @example 2221 */
            code: string;
            /** @example Sygeplejersker */
            title: string;
        };
        OfferDto: {
            benefitTypes: string[];
            capacity: number | null;
            descriptionDa: string;
            descriptionEn: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "course" | "workshop" | "e_learning" | "webinar" | "job_club" | "company_internship" | "wage_subsidy" | "upskilling" | "other";
            location: string | null;
            /** @enum {string} */
            mode: "virtual" | "in_person" | "hybrid";
            /** @description Free places; null: unlimited */
            placesLeft: number | null;
            provider: string;
            requiresApproval: boolean;
            selfPaced: boolean;
            sessions: components["schemas"]["OfferSessionDto"][];
            skills: string[];
            /** @enum {string} */
            status: "draft" | "published" | "archived";
            titleDa: string;
            titleEn: string;
            tracks: string[];
        };
        OfferInputDto: {
            /** @description Empty: every benefit type */
            benefitTypes?: ("unemployment_benefit" | "cash_benefit" | "job_ready_cash_benefit" | "unemployment_allowance")[] | null;
            /** @description Places; absent or null: unlimited */
            capacity?: number | null;
            descriptionDa: string;
            descriptionEn: string;
            /** @enum {string} */
            kind: "course" | "workshop" | "e_learning" | "webinar" | "job_club" | "company_internship" | "wage_subsidy" | "upskilling" | "other";
            location?: string | null;
            /** @enum {string} */
            mode: "virtual" | "in_person" | "hybrid";
            /** @example Jobcenter Aarhus */
            provider: string;
            requiresApproval?: boolean | null;
            /** @description No fixed sessions: the citizen goes at their own pace */
            selfPaced?: boolean | null;
            sessions?: components["schemas"]["OfferSessionDto"][] | null;
            /** @description Catalogue skill ids (GET /skills) */
            skills?: string[] | null;
            /** @enum {string|null} */
            status?: "draft" | "published" | "archived" | null;
            titleDa: string;
            titleEn: string;
            /** @description Empty: every track */
            tracks?: ("self_service" | "personal" | "undecided")[] | null;
        };
        OfferPatchDto: {
            /** @description Empty: every benefit type */
            benefitTypes?: ("unemployment_benefit" | "cash_benefit" | "job_ready_cash_benefit" | "unemployment_allowance")[] | null;
            /** @description Places; absent or null: unlimited */
            capacity?: number | null;
            descriptionDa?: string | null;
            descriptionEn?: string | null;
            /** @enum {string|null} */
            kind?: "course" | "workshop" | "e_learning" | "webinar" | "job_club" | "company_internship" | "wage_subsidy" | "upskilling" | "other" | null;
            location?: string | null;
            /** @enum {string|null} */
            mode?: "virtual" | "in_person" | "hybrid" | null;
            /** @example Jobcenter Aarhus */
            provider?: string | null;
            requiresApproval?: boolean | null;
            /** @description No fixed sessions: the citizen goes at their own pace */
            selfPaced?: boolean | null;
            sessions?: components["schemas"]["OfferSessionDto"][] | null;
            /** @description Catalogue skill ids (GET /skills) */
            skills?: string[] | null;
            /** @enum {string|null} */
            status?: "draft" | "published" | "archived" | null;
            titleDa?: string | null;
            titleEn?: string | null;
            /** @description Empty: every track */
            tracks?: ("self_service" | "personal" | "undecided")[] | null;
        };
        OfferSessionDto: {
            /** @example 2026-12-07T12:00:00+01:00 */
            end: string;
            /** @example 2026-12-07T09:00:00+01:00 */
            start: string;
        };
        OfferSummaryDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "course" | "workshop" | "e_learning" | "webinar" | "job_club" | "company_internship" | "wage_subsidy" | "upskilling" | "other";
            /** @enum {string} */
            mode: "virtual" | "in_person" | "hybrid";
            provider: string;
            requiresApproval: boolean;
            sessions: components["schemas"]["OfferSessionDto"][];
            titleDa: string;
            titleEn: string;
        };
        OpeningDto: {
            /**
             * Format: date-time
             * @description When a person can next answer
             */
            nextAnswerFrom: string;
            /** @description Staff answer now (within opening hours) */
            openNow: boolean;
        };
        OutcomeDto: {
            /**
             * @description The day the outcome took effect (YYYY-MM-DD)
             * @example 2026-12-01
             */
            date: string;
            /** @enum {string} */
            outcome: "job" | "education" | "other" | "moved";
        };
        OutcomeInputDto: {
            /** @description Staff only */
            internalNote?: string | null;
            /** @enum {string} */
            outcome: "held" | "no_show" | "cancelled_by_jobcentre";
            /** @description The citizen reads this */
            sharedSummary?: string | null;
        };
        OverdueCitizenDto: {
            caseworkerName: string | null;
            /** Format: uuid */
            citizenId: string;
            daysOverdue: number;
            /** @example 2026-11-10 */
            dueDate: string;
            name: string;
            /** @example visitation_due */
            reason: string;
        };
        OverdueDto: {
            /** @description The oldest first, at most 100 */
            items: components["schemas"]["OverdueCitizenDto"][];
            total: number;
        };
        OverviewMeetingDto: {
            /** Format: uuid */
            citizenId: string;
            citizenName: string;
            /** Format: date-time */
            end: string;
            /** @enum {string} */
            form: "in_person" | "video" | "phone";
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "visitation" | "job_meeting";
            /** Format: date-time */
            start: string;
            /**
             * @description The meeting status (invited, booked, held, no_show, cancelled, …)
             * @example booked
             */
            status: string;
        };
        OverviewScreeningDto: {
            /** @description Open screening-queue items of the caseload due today or earlier */
            due: number;
            /** @description Of those, the ones past their date */
            overdue: number;
        };
        PageMetaDto: {
            /** @example 20 */
            limit: number;
            /** @example 1 */
            page: number;
            /**
             * @description Number of items across all pages.
             * @example 98
             */
            total: number;
            /** @example 5 */
            totalPages: number;
        };
        PatchItemDto: {
            /** @description Own activities only */
            activity?: components["schemas"]["ActivityInputDto"] | null;
            /**
             * @description `accepted`/`declined` answer a caseworker’s suggestion
             * @enum {string|null}
             */
            status?: "completed" | "dropped" | "accepted" | "declined" | null;
        };
        PlacementDto: {
            /** @description The citizen's name, or the candidate's label when the company sees them anonymously */
            candidateName: string;
            /** @example Østjysk Byg A/S */
            companyName: string;
            /** Format: date */
            endDate: string;
            /** Format: date-time */
            endedAt: string | null;
            hoursPerWeek: number;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "internship" | "wage_subsidy";
            /**
             * Format: uuid
             * @description The accepted proposal (candidate) the placement is for
             */
            proposalId: string;
            /** Format: uuid */
            requestId: string;
            /** Format: date */
            startDate: string;
            /** @enum {string} */
            status: "active" | "ended" | "hired";
        };
        PlacementReportDto: {
            /**
             * @description The placement ended, or led to a hire
             * @enum {string}
             */
            outcome: "ended" | "hired";
        };
        PlanDto: {
            goal: components["schemas"]["GoalDto"] | null;
            items: components["schemas"]["PlanItemDto"][];
        };
        PlanItemDto: {
            activity: components["schemas"]["ActivityDto"] | null;
            createdAt: string;
            /** @description Why an application was rejected (or approved) */
            decisionReason: string | null;
            /** Format: uuid */
            id: string;
            offer: components["schemas"]["OfferSummaryDto"] | null;
            /** @description My rating of the offer (1–5), when given */
            rating: number | null;
            /** @enum {string} */
            status: "suggested" | "planned" | "pending_approval" | "enrolled" | "waitlisted" | "completed" | "dropped" | "rejected" | "declined";
            suggestionNote: string | null;
            /** @description Place on the waitlist (1 = next) */
            waitlistPosition: number | null;
        };
        PlannedRequirementDto: {
            /** @example 2027-05-04 */
            dueBy: string;
            /** @enum {string} */
            form: "any" | "in_person_first";
            /**
             * @description First day a meeting counts for it
             * @example 2026-11-02
             */
            from: string;
            /**
             * @description The n-th meeting of its kind
             * @example 1
             */
            index: number;
            /** @enum {string} */
            kind: "first_meeting" | "job_meetings" | "month_16_meeting";
            /**
             * Format: uuid
             * @description The held meeting that met it (met), or the booked meeting that will (due)
             */
            meetingId: string | null;
            /** @enum {string} */
            status: "met" | "due" | "overdue" | "exempt";
        };
        PostalCodeDto: {
            /** @example 8000 */
            code: string;
            /** @example 56.15 */
            latitude: number;
            /** @example 10.2 */
            longitude: number;
            /** @description The municipalities the postal code lies in (most lie in one). */
            municipalities: components["schemas"]["MunicipalityDto"][];
            /** @example Aarhus C */
            name: string;
        };
        /** @description RFC 9457 problem details; validation problems (`code: validation_failed`) list every bad field in `errors`. */
        Problem: {
            /** @description Stable machine-readable code, e.g. `validation_failed`, `citizen_not_found` */
            code: string;
            detail?: string;
            /** @description Every invalid field (validation problems only) */
            errors?: {
                /** @description Dotted path, e.g. `items.0.title` */
                field: string;
                message: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            /**
             * Format: uri
             * @description Identifies the kind of problem (https://jobunivers.dk/problems/<code>)
             */
            type: string;
        };
        ProfileDto: {
            /**
             * @description How complete the profile is (0–100)
             * @example 75
             */
            completeness: number;
            contact: components["schemas"]["ContactDto"];
            drivingLicences: ("AM" | "A1" | "A2" | "A" | "B" | "BE" | "C1" | "C1E" | "C" | "CE" | "D1" | "D1E" | "D" | "DE")[];
            education: components["schemas"]["EducationDto"][];
            experience: components["schemas"]["ExperienceDto"][];
            /** @enum {string|null} */
            hours: "full_time" | "part_time" | "both" | null;
            languages: components["schemas"]["LanguageDto"][];
            /** @description Sections still empty */
            missing: ("wishedOccupations" | "skills" | "education" | "experience" | "workArea" | "hours" | "languages" | "preferredMeetingForms")[];
            notificationChannels: ("in_app" | "push" | "email")[];
            preferredMeetingForms: ("in_person" | "video" | "phone")[];
            skills: components["schemas"]["SkillEntryDto"][];
            updatedAt: string | null;
            /**
             * @description Wished occupations, ISCO-08 unit groups (GET /occupations)
             * @example [
             *       "2512"
             *     ]
             */
            wishedOccupations: string[];
            workArea: components["schemas"]["WorkAreaDto"];
        };
        ProfileInputDto: {
            contact: components["schemas"]["ContactDto"];
            drivingLicences: ("AM" | "A1" | "A2" | "A" | "B" | "BE" | "C1" | "C1E" | "C" | "CE" | "D1" | "D1E" | "D" | "DE")[];
            education: components["schemas"]["EducationDto"][];
            experience: components["schemas"]["ExperienceDto"][];
            /** @enum {string|null} */
            hours: "full_time" | "part_time" | "both" | null;
            languages: components["schemas"]["LanguageDto"][];
            notificationChannels: ("in_app" | "push" | "email")[];
            preferredMeetingForms: ("in_person" | "video" | "phone")[];
            skills: components["schemas"]["SkillEntryDto"][];
            /**
             * @description Wished occupations, ISCO-08 unit groups (GET /occupations)
             * @example [
             *       "2512"
             *     ]
             */
            wishedOccupations: string[];
            workArea: components["schemas"]["WorkAreaDto"];
        };
        ProposalDto: {
            /** Format: date-time */
            answeredAt: string | null;
            /** Format: uuid */
            citizenId: string;
            citizenName: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "invited" | "accepted" | "declined" | "withdrawn";
        };
        PushKeysDto: {
            /** @description The 16-byte authentication secret, base64url */
            auth: string;
            /** @description The browser's P-256 public key, base64url (65 bytes) */
            p256dh: string;
        };
        PushSubscriptionDto: {
            /** Format: uuid */
            id: string;
        };
        PushSubscriptionInputDto: {
            /**
             * @description The push service's endpoint (PushSubscription.endpoint)
             * @example https://fcm.googleapis.com/fcm/send/…
             */
            endpoint: string;
            /** @description PushSubscription.expirationTime (ignored) */
            expirationTime?: number | null;
            keys: components["schemas"]["PushKeysDto"];
        };
        PushUnsubscribeDto: {
            endpoint: string;
        };
        QuestionAnswerDto: {
            /** @description Best first; empty when nothing fits */
            articles: components["schemas"]["ArticleDto"][];
            /**
             * Format: uuid
             * @description Say with POST /me/questions/{id}/feedback whether it helped
             */
            id: string;
        };
        QuestionFeedbackDto: {
            /** @description Did the articles answer the question? No: it goes to a caseworker as a new conversation */
            resolved: boolean;
        };
        QuestionFeedbackResultDto: {
            /**
             * Format: uuid
             * @description The new conversation when not resolved
             */
            conversationId: string | null;
        };
        QuestionInputDto: {
            /** @example Hvor tit skal jeg skrive i min joblog? */
            question: string;
        };
        QueueItemDto: {
            /** Format: uuid */
            citizenId: string;
            citizenName: string;
            createdAt: string;
            /** @description Days past the due date (0 when not overdue) */
            daysOverdue: number;
            /** @example 2026-11-30 */
            dueDate: string;
            /** Format: uuid */
            id: string;
            note: string | null;
            /** @description Due date passed while still open */
            overdue: boolean;
            /** @enum {string} */
            reason: "visitation_due" | "rescreening_due" | "help_requested" | "inactive" | "missed_meeting" | "no_joblog" | "track_change_requested" | "contact_due" | "contact_overdue";
            /** @enum {string} */
            status: "open" | "resolved" | "dismissed";
        };
        QuietHoursDto: {
            enabled: boolean;
            /** @example 22:00 */
            from: string;
            /** @example 07:00 */
            to: string;
        };
        RatingDto: {
            comment: string | null;
            score: number;
        };
        RatingInputDto: {
            comment?: string | null;
            score: number;
        };
        ReasonDto: {
            /**
             * @description exact, related, skills, area, km, full_time, part_time, language
             * @example exact
             */
            code: string;
            /**
             * @example {
             *       "km": "12"
             *     }
             */
            params: {
                [key: string]: string;
            };
            /** @example Ønsker at arbejde som tømrer */
            text: string;
        };
        RegisterCitizenDto: {
            /**
             * @description dagpenge, kontanthjælp, jobparat kontanthjælp or ledighedsydelse; decides the contact rules’ target group
             * @enum {string}
             */
            benefitType: "unemployment_benefit" | "cash_benefit" | "job_ready_cash_benefit" | "unemployment_allowance";
            /**
             * Format: uuid
             * @description The caseworker who gets the case. Default: the registering caseworker; for a team lead or a municipal system the least-loaded caseworker
             */
            caseworkerId?: string | null;
            /**
             * @description CPR number, 10 digits; a hyphen after the 6th digit is accepted
             * @example 0101901234
             */
            cpr: string;
            /** @description Exempt from Digital Post (fritaget for Digital Post): formal call-ins are printed and posted by the municipality instead. Default false. */
            digitalPostExempt?: boolean | null;
            /** @example sofie@example.dk */
            email: string;
            /** @example Sofie */
            firstName: string;
            /** @example Jensen */
            lastName: string;
            /** @example +45 20 30 40 50 */
            phone: string;
            /** @example 8000 */
            postalCode: string;
            /** @description Meeting forms the citizen prefers, best first; the visitation invitation respects them */
            preferredMeetingForms?: ("in_person" | "video" | "phone")[] | null;
            /**
             * @description First day of unemployment (YYYY-MM-DD), not in the future
             * @example 2026-11-01
             */
            unemployedSince: string;
            /**
             * @description The unemployment insurance fund (a-kasse), for unemployment benefit
             * @example 3F A-kasse
             */
            unemploymentFund?: string | null;
        };
        RegisteredCitizenDto: {
            /** Format: uuid */
            assignedCaseworkerId: string | null;
            assignedCaseworkerName: string | null;
            /** Format: uuid */
            id: string;
            nextSteps: components["schemas"]["RegistrationNextStepsDto"];
        };
        RegistrationNextStepsDto: {
            /**
             * @description The legal deadline for the visitation meeting
             * @example 2026-12-20
             */
            visitationDeadline: string | null;
            /** @description The invitation to the visitation meeting; null when no free time before the deadline was found (the screening queue shows the citizen) */
            visitationInvitation: components["schemas"]["VisitationInvitationDto"] | null;
        };
        RequestMessageDto: {
            /** @enum {string} */
            authorKind: "employer" | "staff";
            authorName: string;
            /** @description Plain text; show it as text, never as HTML */
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
        };
        RequestMessageInputDto: {
            message: string;
        };
        RescheduleDto: {
            /** @enum {string|null} */
            form?: "in_person" | "video" | "phone" | null;
            /** @example 2026-11-25T13:00:00+01:00 */
            start?: string | null;
        };
        RevokedSessionsDto: {
            /**
             * @description How many live sessions were ended
             * @example 2
             */
            revoked: number;
        };
        SalaryDto: {
            /** @example DKK */
            currency: string;
            maxValue?: number;
            minValue?: number;
            /** @example MONTH */
            unitText?: string;
            value?: number;
        };
        SavedJobsDto: {
            /** @description Most recently saved first */
            items: components["schemas"]["JobAdDto"][];
        };
        ScreeningCommentDto: {
            comment: string;
            /** @description I would like the track or the assessment changed */
            requestChange: boolean;
        };
        ScreeningDto: {
            assessment: string;
            caseworkerName: string;
            changeRequested: boolean;
            citizenComment: string | null;
            /** Format: uuid */
            citizenId: string;
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @description The indicators shown when the screening was made */
            indicators: {
                [key: string]: unknown;
            };
            nextScreeningDate: string;
            summaryForCitizen: string;
            /** @enum {string} */
            track: "self_service" | "personal";
        };
        ScreeningInputDto: {
            /** @description The caseworker's own professional assessment (internal) */
            assessment: string;
            /**
             * @description When to screen next (YYYY-MM-DD, after today)
             * @example 2027-01-15
             */
            nextScreeningDate: string;
            /** @description Written for the citizen, in plain language */
            summaryForCitizen: string;
            /** @enum {string} */
            track: "self_service" | "personal";
        };
        SelfAssessmentDto: {
            childcareChallenges: boolean;
            createdAt: string;
            /**
             * @description Danish
             * @enum {string}
             */
            danishLevel: "native" | "good" | "some" | "none";
            /** @description How confident are you using digital self-service? 1–5 */
            digitalConfidence: number;
            /** @description Answers a caseworker should look at */
            flags: ("low_job_confidence" | "health_limitations" | "low_digital_confidence" | "language" | "childcare" | "transport" | "wants_personal_help")[];
            /** @description Health limits what work I can do */
            healthLimitations: boolean;
            /** Format: uuid */
            id: string;
            /** @description How sure are you of finding work within 3 months? 1 = not at all, 5 = very */
            jobConfidence: number;
            transportChallenges: boolean;
            /** @description I would like personal help from a caseworker */
            wantsPersonalHelp: boolean;
        };
        SelfAssessmentInputDto: {
            childcareChallenges: boolean;
            /**
             * @description Danish
             * @enum {string}
             */
            danishLevel: "native" | "good" | "some" | "none";
            /** @description How confident are you using digital self-service? 1–5 */
            digitalConfidence: number;
            /** @description Health limits what work I can do */
            healthLimitations: boolean;
            /** @description How sure are you of finding work within 3 months? 1 = not at all, 5 = very */
            jobConfidence: number;
            transportChallenges: boolean;
            /** @description I would like personal help from a caseworker */
            wantsPersonalHelp: boolean;
        };
        SkillDto: {
            /** @example Truckcertifikat */
            da: string;
            /** @example Forklift licence */
            en: string;
            /** @example forklift */
            id: string;
        };
        SkillEntryDto: {
            /**
             * @description A skill catalogue id (GET /skills); leave out for your own words
             * @example forklift
             */
            id?: string | null;
            /** @example Truckcertifikat */
            name: string;
        };
        SkillListDto: {
            items: components["schemas"]["SkillDto"][];
        };
        SkillOfferDto: {
            /** Format: uuid */
            id: string;
            kind: string;
            mode: string;
            provider: string;
            title: string;
        };
        SlotDto: {
            /** @description For in-person meetings */
            address: string | null;
            /** Format: uuid */
            caseworkerId: string;
            caseworkerName: string;
            /** @example 2026-11-24T10:00:00.000Z */
            end: string;
            /** @enum {string} */
            form: "in_person" | "video" | "phone";
            /** @description The citizen’s own caseworker (false: another caseworker of the jobcentre) */
            ownCaseworker: boolean;
            /** @example 2026-11-24T09:30:00.000Z */
            start: string;
        };
        SlotListDto: {
            items: components["schemas"]["SlotDto"][];
        };
        StaffArticleDto: {
            bodyDa: string;
            bodyEn: string;
            /** Format: uuid */
            id: string;
            /** @description null: shared by every municipality (read-only here) */
            municipalityCode: string | null;
            /** @enum {string} */
            status: "published" | "draft";
            titleDa: string;
            titleEn: string;
            /** Format: date-time */
            updatedAt: string;
            updatedByName: string;
        };
        StaffArticlesDto: {
            items: components["schemas"]["StaffArticleDto"][];
        };
        StaffCandidateDto: {
            /** Format: uuid */
            citizenId: string;
            name: string;
            /**
             * @description An earlier proposal for this request, if any
             * @enum {string|null}
             */
            proposal: "invited" | "accepted" | "declined" | "withdrawn" | null;
            reasons: components["schemas"]["ReasonDto"][];
            /**
             * @description The match score (0–100), as for job matches
             * @example 82
             */
            score: number;
            /** @enum {string} */
            visibility: "anonymous" | "named";
        };
        StaffCandidatesDto: {
            items: components["schemas"]["StaffCandidateDto"][];
        };
        StaffMeetingDto: {
            /** @description In person */
            address: string | null;
            /** @description The citizen may cancel it here now (changeable and not a call-in; a cancel of a call-in answers 409 meeting_attendance_required) */
            cancellable: boolean;
            cancelReason: string | null;
            /** Format: uuid */
            caseworkerId: string;
            caseworkerName: string;
            /** @description The citizen may still reschedule or cancel (before the cut-off) */
            changeable: boolean;
            /** @description Latest time the citizen can change or cancel here */
            changeableUntil: string;
            changeRequest: components["schemas"]["ChangeRequestDto"] | null;
            /** Format: uuid */
            citizenId: string;
            citizenName: string;
            end: string;
            /** @enum {string} */
            form: "in_person" | "video" | "phone";
            /** @description A formal call-in: sent as a Digital Post letter whatever the notification settings (visitation always is) */
            formal: boolean;
            /** Format: uuid */
            id: string;
            internalNote: string | null;
            /** @enum {string} */
            kind: "visitation" | "job_meeting";
            /**
             * Format: date
             * @description Visitation: the latest day (Copenhagen) it may be moved to — its legal deadline, or its own day if later (a later time answers 409 meeting_after_deadline); null: no such limit
             * @example 2026-12-20
             */
            moveBy: string | null;
            /** @description A formal call-in (the visitation, or an invitation from the caseworker): the citizen has a duty to attend; it can be moved or a change asked for, not cancelled */
            mustAttend: boolean;
            /**
             * @description Who set it up
             * @enum {string}
             */
            origin: "citizen" | "caseworker" | "system";
            /** @description Phone: the number the caseworker calls */
            phoneNumber: string | null;
            rating: components["schemas"]["RatingDto"] | null;
            /** @description iCalendar SEQUENCE */
            sequence: number;
            sharedSummary: string | null;
            start: string;
            /** @enum {string} */
            status: "invited" | "booked" | "change_requested" | "held" | "no_show" | "cancelled" | "cancelled_by_jobcentre";
            topic: string | null;
            /** @description Video: the join link */
            videoUrl: string | null;
        };
        StaffMeetingListDto: {
            items: components["schemas"]["StaffMeetingDto"][];
        };
        StaffMessageDto: {
            /** @description An internal note between staff; the citizen never sees it */
            internal?: boolean | null;
            message: string;
        };
        StaffOverviewDto: {
            /** @description Applications from the caller’s caseload waiting for approval */
            approvalsWaiting: number;
            /**
             * @description Today in Europe/Copenhagen
             * @example 2026-12-07
             */
            date: string;
            /** @description Today’s meetings of the caller, earliest first (each citizen shown is an audited read) */
            meetingsToday: components["schemas"]["OverviewMeetingDto"][];
            screening: components["schemas"]["OverviewScreeningDto"];
            /** @description Open conversations nobody has taken yet (the inbox’s unassigned list) */
            unassignedConversations: number;
            /** @description Open conversations assigned to the caller with a citizen message not yet read */
            unreadConversations: number;
            /** @description Visitation deadlines of the caseload from today to the end of the week (not yet held) */
            visitationDeadlinesThisWeek: number;
            /**
             * @description The last day (Sunday) of this week
             * @example 2026-12-13
             */
            weekEnd: string;
        };
        StaffRequestDetailDto: {
            /** @description Candidates who accepted and whom the company can see */
            candidates: number;
            /** Format: date-time */
            closedAt: string | null;
            /** @example Østjysk Byg A/S */
            companyName: string;
            /** Format: uuid */
            consultantId: string | null;
            /** @description The employer consultant handling it */
            consultantName: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Who at the company sent it */
            createdByName: string;
            /** @example 12345678 */
            cvr: string;
            description: string;
            hoursPerWeek: number | null;
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The published job ad, if any
             */
            jobAdId: string | null;
            /** @enum {string} */
            kind: "recruitment" | "internship" | "wage_subsidy" | "question";
            messages: components["schemas"]["RequestMessageDto"][];
            /**
             * @description The municipality the request went to
             * @example 0751
             */
            municipalityCode: string;
            /** @example Aarhus */
            municipalityName: string;
            /** @example 7115 */
            occupationCode: string;
            /** @example Tømrere og bygningssnedkere */
            occupationTitle: string;
            /**
             * @description The occupation in English
             * @example Carpenters and joiners
             */
            occupationTitleEn: string;
            /** @enum {string|null} */
            outcome: "hired" | "not_hired" | "withdrawn" | null;
            placements: components["schemas"]["PlacementDto"][];
            positions: number | null;
            /** @example 8000 */
            postalCode: string;
            proposals: components["schemas"]["ProposalDto"][];
            /** Format: date */
            startBy: string | null;
            /** @enum {string} */
            status: "new" | "in_progress" | "candidates_sent" | "closed";
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        StaffThreadDto: {
            assignedName: string | null;
            /** Format: uuid */
            assignedTo: string | null;
            /** Format: uuid */
            citizenId: string;
            citizenName: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            firstResponseAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastMessageAt: string;
            messages: components["schemas"]["MessageDto"][];
            /**
             * Format: date-time
             * @description Read receipt: when the other side last read the conversation
             */
            otherReadAt: string | null;
            /** @description The last message, shortened */
            preview: string | null;
            /** @enum {string} */
            status: "open" | "closed";
            subject: string;
            /** @description Messages the reader has not seen */
            unread: number;
        };
        StaffUserDto: {
            /** @example mette.kjaer@aarhus.example.dk */
            email: string;
            /** Format: uuid */
            id: string;
            /** @example 0751 */
            municipalityCode: string;
            /** @example Mette Kjær */
            name: string;
            roles: ("caseworker" | "team_lead" | "municipality_admin" | "employer_consultant")[];
        };
        SuggestDto: {
            note?: string | null;
            /** Format: uuid */
            offerId: string;
        };
        SuggestionAnswerDto: {
            /** @enum {string} */
            answer: "applied" | "not_relevant";
            reason?: string | null;
        };
        SuggestJobDto: {
            /** Format: uuid */
            jobAdId: string;
            note?: string | null;
        };
        TeamDto: {
            caseworkerIds: string[];
            name: string;
        };
        TimelineEntryDto: {
            /** Format: uuid */
            id: string;
            /** @example registered */
            kind: string;
            occurredAt: string;
            params: {
                [key: string]: string;
            };
            /**
             * @description Plain language, in the Accept-Language (da default, en)
             * @example Du blev tilmeldt jobcentret som ledig fra 1. november 2026.
             */
            text: string;
        };
        TokenRequestDto: {
            /** @description Client id, when not sent with HTTP Basic. */
            client_id?: string | null;
            /** @description Client secret, when not sent with HTTP Basic. */
            client_secret?: string | null;
            /** @enum {string} */
            grant_type: "client_credentials";
            /**
             * @description Space-separated scopes; default all the client holds.
             * @example citizens:read citizens:write
             */
            scope?: string | null;
        };
        TokenResponseDto: {
            access_token: string;
            /** @example 3600 */
            expires_in: number;
            /** @example citizens:read citizens:write */
            scope: string;
            /** @enum {string} */
            token_type: "Bearer";
        };
        UnansweredQuestionDto: {
            /** @description Articles the citizen was shown */
            articlesShown: number;
            /** Format: uuid */
            conversationId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            question: string;
        };
        UnitNameInputDto: {
            /**
             * @description How the municipality names itself to citizens in letters and notifications
             * @example Rudersdal Kommune, Job og Ydelse
             */
            unitName: string;
        };
        UnreadCountDto: {
            /** @example 3 */
            unread: number;
        };
        VapidKeyDto: {
            /** @description The application server's VAPID public key (applicationServerKey), base64url */
            publicKey: string;
        };
        VisitationInvitationDto: {
            /** @description How the citizen was told: in the app, and by e-mail unless they chose otherwise */
            channels: ("in_app" | "email")[];
            /** @enum {string} */
            form: "in_person" | "video" | "phone";
            /** Format: uuid */
            meetingId: string;
            /**
             * Format: date-time
             * @description When the invitation went out
             */
            sentAt: string;
            /** Format: date-time */
            startsAt: string;
        };
        WebhookDeliveryDto: {
            attempt: number;
            /** Format: date-time */
            attemptedAt: string;
            durationMs: number;
            error: string | null;
            /** Format: uuid */
            eventId: string;
            /** @enum {string} */
            eventType: "dk.jobunivers.citizens.registered" | "dk.jobunivers.meetings.visitation_held" | "dk.jobunivers.screening.recorded" | "dk.jobunivers.screening.contact_exempted" | "dk.jobunivers.screening.contact_exemption_lifted" | "dk.jobunivers.meetings.booked" | "dk.jobunivers.meetings.rescheduled" | "dk.jobunivers.meetings.cancelled" | "dk.jobunivers.meetings.held" | "dk.jobunivers.meetings.no_show" | "dk.jobunivers.offers.plan_changed" | "dk.jobunivers.offers.application_decided" | "dk.jobunivers.citizens.outcome_reported";
            id: string;
            /** @enum {string} */
            outcome: "delivered" | "retrying" | "failed";
            responseStatus: number | null;
        };
        WebhookDto: {
            active: boolean;
            /** @description Failed attempts at the next event. */
            attempts: number;
            /** Format: uuid */
            clientId: string;
            /** @description Feed position of the last event delivered (or skipped after the last retry). */
            cursor: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            nextAttemptAt: string;
            /** @description The signing secret — shown only when the webhook is created. Verify `webhook-signature` with it (Standard Webhooks, HMAC-SHA256). */
            secret?: string;
            types: ("dk.jobunivers.citizens.registered" | "dk.jobunivers.meetings.visitation_held" | "dk.jobunivers.screening.recorded" | "dk.jobunivers.screening.contact_exempted" | "dk.jobunivers.screening.contact_exemption_lifted" | "dk.jobunivers.meetings.booked" | "dk.jobunivers.meetings.rescheduled" | "dk.jobunivers.meetings.cancelled" | "dk.jobunivers.meetings.held" | "dk.jobunivers.meetings.no_show" | "dk.jobunivers.offers.plan_changed" | "dk.jobunivers.offers.application_decided" | "dk.jobunivers.citizens.outcome_reported")[];
            url: string;
        };
        WebhookInputDto: {
            /** @description Event types to send (empty or absent: all). */
            types?: ("dk.jobunivers.citizens.registered" | "dk.jobunivers.meetings.visitation_held" | "dk.jobunivers.screening.recorded" | "dk.jobunivers.screening.contact_exempted" | "dk.jobunivers.screening.contact_exemption_lifted" | "dk.jobunivers.meetings.booked" | "dk.jobunivers.meetings.rescheduled" | "dk.jobunivers.meetings.cancelled" | "dk.jobunivers.meetings.held" | "dk.jobunivers.meetings.no_show" | "dk.jobunivers.offers.plan_changed" | "dk.jobunivers.offers.application_decided" | "dk.jobunivers.citizens.outcome_reported")[] | null;
            /**
             * @description Receives one POST per event, a CloudEvent (https required in production).
             * @example https://fagsystem.aarhus.dk/jobunivers/events
             */
            url: string;
        };
        WorkAreaDto: {
            /**
             * @description Or these municipalities
             * @example [
             *       "0751",
             *       "0746"
             *     ]
             */
            municipalityCodes?: string[] | null;
            /**
             * @description How far from home (km)
             * @example 30
             */
            radiusKm?: number | null;
        };
    };
    responses: {
        /** @description Invalid input: a validation problem names every bad field in `errors` */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request conflicts with the current state */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Signed in but not allowed (role, scope, municipality or caseload), or the CSRF header is missing */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The data was deleted after its retention period */
        Gone: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such resource (or not visible to you) */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request body is too large */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Temporarily unavailable; try again in a moment */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many requests; try again later */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not signed in, or the bearer token is missing, expired or revoked */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request is well-formed but refers to something that cannot be used */
        UnprocessableContent: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request body has an unsupported content type */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Health_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready: the database answers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description Not ready: the database does not answer (problem+json with the component status). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Notifications_announcementList: {
        parameters: {
            query?: {
                /** @description Items per page, at most 100. */
                limit?: number;
                /** @description Page number, from 1 to 10000. */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["AnnouncementDto"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    Notifications_announce: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnnouncementInputDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnouncementDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Notifications_announcement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnouncementDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    ApiClients_list: {
        parameters: {
            query?: {
                /** @description Items per page, at most 100. */
                limit?: number;
                /** @description Page number, from 1 to 10000. */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["ApiClientDto"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    ApiClients_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiClientDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClientWithSecretDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    ApiClients_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClientDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    ApiClients_rotate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClientWithSecretDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    Integration_webhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    Integration_putWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    Integration_removeWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    Integration_deliveries: {
        parameters: {
            query?: {
                /** @description Items per page, at most 100. */
                limit?: number;
                /** @description Page number, from 1 to 10000. */
                page?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["WebhookDeliveryDto"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    Messaging_article: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    Audit_search: {
        parameters: {
            query?: {
                actorId?: string;
                citizenId?: string;
                /** @description From this day or time (YYYY-MM-DD, or a time with an offset), inclusive */
                from?: string;
                /** @description Items per page, at most 100. */
                limit?: number;
                /** @description Page number, from 1 to 10000. */
                page?: number;
                /** @description Up to this day or time (YYYY-MM-DD, or a time with an offset), exclusive */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["AuditEventDto"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Too many requests (rate limit `reports`, per principal or, anonymous, per client address); try again after Retry-After seconds. */
            429: {
                headers: {
                    /** @description What is left: `"<bucket>";r=<remaining>;t=<seconds until reset>` */
                    RateLimit?: string;
                    /** @description The limit: `"<bucket>";q=<requests>;w=<seconds>` (IETF RateLimit headers draft) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window frees */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CitizenAuth_login: {
        parameters: {
            query?: {
                /** @description Path in the citizen app to come back to */
                returnTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect to NemLog-in */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description Too many requests (rate limit `auth`, per principal or, anonymous, per client address); try again after Retry-After seconds. */
            429: {
                headers: {
                    /** @description What is left: `"<bucket>";r=<remaining>;t=<seconds until reset>` */
                    RateLimit?: string;
                    /** @description The limit: `"<bucket>";q=<requests>;w=<seconds>` (IETF RateLimit headers draft) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window frees */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    CitizenAuth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CitizenLogoutDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    CitizenAuth_metadata: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SAML 2.0 SP metadata (entity id, ACS, signing certificate) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DevAuth_signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DevSignInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    DevAuth_users: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["DevUserDto"][];
                    };
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    EmployerAuth_login: {
        parameters: {
            query?: {
                /** @description Path in the public app to come back to (default /virksomhed) */
                returnTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect to NemLog-in */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description Too many requests (rate limit `auth`, per principal or, anonymous, per client address); try again after Retry-After seconds. */
            429: {
                headers: {
                    /** @description What is left: `"<bucket>";r=<remaining>;t=<seconds until reset>` */
                    RateLimit?: string;
                    /** @description The limit: `"<bucket>";q=<requests>;w=<seconds>` (IETF RateLimit headers draft) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window frees */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    EmployerAuth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CitizenLogoutDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    Identity_signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    StaffAuth_login: {
        parameters: {
            query?: {
                /** @description Path in the staff console to come back to */
                returnTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect to the identity provider */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            /** @description Too many requests (rate limit `auth`, per principal or, anonymous, per client address); try again after Retry-After seconds. */
            429: {
                headers: {
                    /** @description What is left: `"<bucket>";r=<remaining>;t=<seconds until reset>` */
                    RateLimit?: string;
                    /** @description The limit: `"<bucket>";q=<requests>;w=<seconds>` (IETF RateLimit headers draft) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window frees */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Meetings_feed: {
        parameters: {
            query?: {
                /** @description Language of the calendar text (links cannot send Accept-Language) */
                lang?: "da" | "en";
            };
            header?: never;
            path: {
                /** @description The secret token of the feed */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    Meetings_availability: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailabilityDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    Meetings_setAvailability: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AvailabilityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailabilityDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Meetings_staffFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    Meetings_calendar: {
        parameters: {
            query?: {
                /** @description First day (YYYY-MM-DD, Copenhagen); default Monday this week */
                from?: string;
                /** @description Last day, inclusive; default 6 days after `from`; at most 62 days after it */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMeetingListDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    Citizens_list: {
        parameters: {
            query?: {
                /** @description `me` (my caseload), `all` (the municipality), or a caseworker id; default `me` for caseworkers, `all` otherwise */
                assignedTo?: string;
                /** @description Items per page, at most 100. */
                limit?: number;
                /** @description Page number, from 1 to 10000. */
                page?: number;
                /** @description Name, or a CPR number (whole, with or without hyphen) */
                q?: string;
                sort?: "name" | "-name" | "registeredAt" | "-registeredAt" | "unemployedSince" | "-unemployedSince";
                status?: "active" | "closed" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["CitizenListItemDto"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    Citizens_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterCitizenDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisteredCitizenDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Already registered: the problem carries `existingId` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Citizens_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why you open this citizen; required for caseworkers outside their own caseload (403 without it). Logged in the audit log and shown to the citizen. */
                "x-access-purpose"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CitizenDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Outside your caseload without X-Access-Purpose */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such citizen in your municipality */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Citizens_reassign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CitizenDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Contact_exempt: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why you open this citizen; required for caseworkers outside their own caseload (403 without it). Logged in the audit log and shown to the citizen. */
                "x-access-purpose"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactExemptionInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPlanDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Contact_lift: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why you open this citizen; required for caseworkers outside their own caseload (403 without it). Logged in the audit log and shown to the citizen. */
                "x-access-purpose"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPlanDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    Contact_quota: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why you open this citizen; required for caseworkers outside their own caseload (403 without it). Logged in the audit log and shown to the citizen. */
                "x-access-purpose"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExemptionQuotaDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    Contact_plan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why you open this citizen; required for caseworkers outside their own caseload (403 without it). Logged in the audit log and shown to the citizen. */
                "x-access-purpose"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPlanDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    Citizens_revealCpr: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why you open this citizen; required for caseworkers outside their own caseload (403 without it). Logged in the audit log and shown to the citizen. */
                "x-access-purpose"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CprDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
        };
    };
    Citizens_setDigitalPost: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why you open this citizen; required for caseworkers outside their own caseload (403 without it). Logged in the audit log and shown to the citizen. */
                "x-access-purpose"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DigitalPostInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CitizenDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Outside your caseload without X-Access-Purpose */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such citizen in your municipality */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    JobMatching_staffMatches: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why you open this citizen; required for caseworkers outside their own caseload (403 without it). Logged in the audit log and shown to the citizen. */
                "x-access-purpose"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobMatchesDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Too many requests (rate limit `job-matches`, per principal or, anonymous, per client address); try again after Retry-After seconds. */
            429: {
                headers: {
                    /** @description What is left: `"<bucket>";r=<remaining>;t=<seconds until reset>` */
                    RateLimit?: string;
                    /** @description The limit: `"<bucket>";q=<requests>;w=<seconds>` (IETF RateLimit headers draft) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window frees */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    JobMatching_staffSuggestions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why you open this citizen; required for caseworkers outside their own caseload (403 without it). Logged in the audit log and shown to the citizen. */
                "x-access-purpose"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobSuggestionsDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    JobMatching_suggest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why you open this citizen; required for caseworkers outside their own caseload (403 without it). Logged in the audit log and shown to the citizen. */
                "x-access-purpose"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuggestJobDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobSuggestionDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    JobMatching_forStaff: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why you open this citizen; required for caseworkers outside their own caseload (403 without it). Logged in the audit log and shown to the citizen. */
                "x-access-purpose"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoblogDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    Meetings_citizenMeetings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why you open this citizen; required for caseworkers outside their own caseload (403 without it). Logged in the audit log and shown to the citizen. */
                "x-access-purpose"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMeetingListDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    Meetings_invite: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why you open this citizen; required for caseworkers outside their own caseload (403 without it). Logged in the audit log and shown to the citizen. */
                "x-access-purpose"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMeetingDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Citizens_outcome: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why you open this citizen; required for caseworkers outside their own caseload (403 without it). Logged in the audit log and shown to the citizen. */
                "x-access-purpose"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutcomeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CitizenDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The case is already closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Offers_planFor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why you open this citizen; required for caseworkers outside their own caseload (403 without it). Logged in the audit log and shown to the citizen. */
                "x-access-purpose"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    Offers_suggest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why you open this citizen; required for caseworkers outside their own caseload (403 without it). Logged in the audit log and shown to the citizen. */
                "x-access-purpose"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuggestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanItemDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Citizens_profile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why you open this citizen; required for caseworkers outside their own caseload (403 without it). Logged in the audit log and shown to the citizen. */
                "x-access-purpose"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    Screening_indicators: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why you open this citizen; required for caseworkers outside their own caseload (403 without it). Logged in the audit log and shown to the citizen. */
                "x-access-purpose"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorsDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    Screening_history: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why you open this citizen; required for caseworkers outside their own caseload (403 without it). Logged in the audit log and shown to the citizen. */
                "x-access-purpose"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningDto"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    Screening_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why you open this citizen; required for caseworkers outside their own caseload (403 without it). Logged in the audit log and shown to the citizen. */
                "x-access-purpose"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScreeningInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Citizens_timeline: {
        parameters: {
            query?: {
                /** @description Items per page, at most 100. */
                limit?: number;
                /** @description Page number, from 1 to 10000. */
                page?: number;
            };
            header?: {
                /** @description Why you open this citizen; required for caseworkers outside their own caseload (403 without it). Logged in the audit log and shown to the citizen. */
                "x-access-purpose"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["TimelineEntryDto"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    Contact_rules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactRuleSetListDto"];
                };
            };
        };
    };
    Messaging_inbox: {
        parameters: {
            query?: {
                assigned?: "me" | "unassigned" | "all";
                /** @description Items per page, at most 100. */
                limit?: number;
                /** @description Page number, from 1 to 10000. */
                page?: number;
                status?: "open" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["InboxItemDto"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    Messaging_staffThread: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why you open this citizen; required for caseworkers outside their own caseload (403 without it). Logged in the audit log and shown to the citizen. */
                "x-access-purpose"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffThreadDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    Messaging_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxItemDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Messaging_claim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxItemDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    Messaging_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxItemDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    Messaging_reply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffMessageDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Messaging_reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxItemDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    EmployerPlacements_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlacementReportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    EmployerRequests_inbox: {
        parameters: {
            query?: {
                assigned?: "me" | "unassigned" | "all";
                /** @description Items per page, at most 100. */
                limit?: number;
                /** @description Page number, from 1 to 10000. */
                page?: number;
                /** @description `open`: every status but closed */
                status?: "open" | "new" | "in_progress" | "candidates_sent" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["EmployerRequestDto"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    EmployerRequests_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffRequestDetailDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    EmployerRequests_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerRequestDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    EmployerRequests_candidates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffCandidatesDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    EmployerRequests_claim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerRequestDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    EmployerRequests_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerRequestDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    EmployerRequests_jobAd: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobAdCreatedDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    EmployerRequests_reply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestMessageInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestMessageDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    EmployerRequests_place: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewPlacementDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    EmployerRequests_propose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewProposalsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalDto"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    EmployerRequests_consultants: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultantsDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    EmployerRequests_kpis: {
        parameters: {
            query?: {
                /** @description Default: 30 days before `to` */
                from?: string;
                /** @description Default: today */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerKpisDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    Employer_placementList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerPlacementsDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    Employer_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlacementReportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Employer_list: {
        parameters: {
            query?: {
                /** @description Items per page, at most 100. */
                limit?: number;
                /** @description Page number, from 1 to 10000. */
                page?: number;
                /** @description `open`: every status but closed */
                status?: "open" | "new" | "in_progress" | "candidates_sent" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["EmployerRequestDto"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    Employer_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewEmployerRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerRequestDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Employer_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerRequestThreadDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    Employer_candidates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerCandidatesDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    Employer_candidate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The candidate (proposal) id */
                candidateId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerCandidateDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    Employer_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestMessageInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestMessageDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    Employer_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerRequestDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    Integration_events: {
        parameters: {
            query?: {
                /** @description Resume after this cursor (the `cursor` of the last event you processed, or `nextCursor`). Absent: from the beginning. */
                after?: string;
                limit?: number;
                /** @description Comma-separated event types (absent: all): dk.jobunivers.citizens.registered, dk.jobunivers.meetings.visitation_held, dk.jobunivers.screening.recorded, dk.jobunivers.screening.contact_exempted, dk.jobunivers.screening.contact_exemption_lifted, dk.jobunivers.meetings.booked, dk.jobunivers.meetings.rescheduled, dk.jobunivers.meetings.cancelled, dk.jobunivers.meetings.held, dk.jobunivers.meetings.no_show, dk.jobunivers.offers.plan_changed, dk.jobunivers.offers.application_decided, dk.jobunivers.citizens.outcome_reported */
                types?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedPageDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    Insights_kpis: {
        parameters: {
            query?: {
                /** @description One caseworker's citizens and meetings */
                caseworker?: string;
                /** @description First day (Europe/Copenhagen), default: the first of the month five months ago */
                from?: string;
                /** @description One team's citizens and meetings (default: the whole municipality) */
                team?: string;
                /** @description Last day, included (default: today) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KpiReportDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Too many requests (rate limit `reports`, per principal or, anonymous, per client address); try again after Retry-After seconds. */
            429: {
                headers: {
                    /** @description What is left: `"<bucket>";r=<remaining>;t=<seconds until reset>` */
                    RateLimit?: string;
                    /** @description The limit: `"<bucket>";q=<requests>;w=<seconds>` (IETF RateLimit headers draft) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window frees */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    JobAds_search: {
        parameters: {
            query?: {
                hours?: "full_time" | "part_time";
                /** @description Items per page, at most 100. */
                limit?: number;
                /** @description Staff: only ads added by my municipality (including expired ones) */
                mine?: string;
                /** @description Municipality code (4 digits); with radiusKm, the centre of the search */
                municipality?: string;
                /** @description ISCO-08 unit group (4 digits) or a group prefix (1–3 digits) */
                occupation?: string;
                /** @description Page number, from 1 to 10000. */
                page?: number;
                /** @description Postal code as the centre of a radius search */
                postalCode?: string;
                /** @description Words to search title, employer and text (Danish stemming, accents ignored); quotes and - work as on the web */
                q?: string;
                /** @description Within this distance of postalCode, municipality or (for a citizen) home */
                radiusKm?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobAdPageDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Too many requests (rate limit `job-search`, per principal or, anonymous, per client address); try again after Retry-After seconds. */
            429: {
                headers: {
                    /** @description What is left: `"<bucket>";r=<remaining>;t=<seconds until reset>` */
                    RateLimit?: string;
                    /** @description The limit: `"<bucket>";q=<requests>;w=<seconds>` (IETF RateLimit headers draft) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window frees */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    JobAds_importOne: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description An existing job ad (same publisher and identifier) was updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultDto"];
                };
            };
            /** @description A new job ad was stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    JobAds_jsonLd: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/ld+json": {
                        [key: string]: unknown;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    JobAds_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    JobAds_importMany: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>[] | {
                    items?: Record<string, never>[];
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkImportDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Too many requests (rate limit `job-import`, per principal or, anonymous, per client address); try again after Retry-After seconds. */
            429: {
                headers: {
                    /** @description What is left: `"<bucket>";r=<remaining>;t=<seconds until reset>` */
                    RateLimit?: string;
                    /** @description The limit: `"<bucket>";q=<requests>;w=<seconds>` (IETF RateLimit headers draft) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window frees */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Messaging_articles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffArticlesDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    Messaging_createArticle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArticleInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffArticleDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Messaging_updateArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArticleInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffArticleDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Messaging_report: {
        parameters: {
            query?: {
                /** @description From this day (Copenhagen), default 30 days ago */
                from?: string;
                /** @description Up to and including this day, default today */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeReportDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Too many requests (rate limit `reports`, per principal or, anonymous, per client address); try again after Retry-After seconds. */
            429: {
                headers: {
                    /** @description What is left: `"<bucket>";r=<remaining>;t=<seconds until reset>` */
                    RateLimit?: string;
                    /** @description The limit: `"<bucket>";q=<requests>;w=<seconds>` (IETF RateLimit headers draft) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window frees */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Letters_list: {
        parameters: {
            query?: {
                /** @description Items per page, at most 100. */
                limit?: number;
                /** @description Page number, from 1 to 10000. */
                page?: number;
                /** @description Letters waiting to be printed (default), or those already printed */
                status?: "to_print" | "printed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["LetterToPrintDto"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    Letters_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    Letters_printed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterToPrintDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    Identity_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    Audit_accessLog: {
        parameters: {
            query?: {
                /** @description Items per page, at most 100. */
                limit?: number;
                /** @description Page number, from 1 to 10000. */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["AccessLogEntryDto"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    Audit_accessLogGrouped: {
        parameters: {
            query?: {
                /** @description Items per page, at most 100. */
                limit?: number;
                /** @description Page number, from 1 to 10000. */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["AccessLogGroupDto"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    Meetings_citizenFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    Contact_myPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPlanDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    Messaging_mine: {
        parameters: {
            query?: {
                /** @description Items per page, at most 100. */
                limit?: number;
                /** @description Page number, from 1 to 10000. */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["ConversationDto"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    Messaging_start: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewConversationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationThreadDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    Messaging_thread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationThreadDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    Messaging_messages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageDto"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    Messaging_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewMessageDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    MyEmployerVisibility_invitations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerInvitationsDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    MyEmployerVisibility_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationAnswerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerInvitationDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    MyEmployerVisibility_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerInvitationDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    MyEmployerVisibility_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerVisibilityDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    MyEmployerVisibility_set: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmployerVisibilityInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerVisibilityDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Citizens_export: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Too many requests (rate limit `data-export`, per principal or, anonymous, per client address); try again after Retry-After seconds. */
            429: {
                headers: {
                    /** @description What is left: `"<bucket>";r=<remaining>;t=<seconds until reset>` */
                    RateLimit?: string;
                    /** @description The limit: `"<bucket>";q=<requests>;w=<seconds>` (IETF RateLimit headers draft) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window frees */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Screening_requestHelp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HelpRequestInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HelpRequestDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    JobMatching_notRelevant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotRelevantDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    JobMatching_undoNotRelevant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    JobMatching_alerts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobAlertsDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    JobMatching_alertSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlertSettingsDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    JobMatching_matches: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobMatchesDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Too many requests (rate limit `job-matches`, per principal or, anonymous, per client address); try again after Retry-After seconds. */
            429: {
                headers: {
                    /** @description What is left: `"<bucket>";r=<remaining>;t=<seconds until reset>` */
                    RateLimit?: string;
                    /** @description The limit: `"<bucket>";q=<requests>;w=<seconds>` (IETF RateLimit headers draft) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window frees */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    JobMatching_match: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobMatchDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Too many requests (rate limit `job-matches`, per principal or, anonymous, per client address); try again after Retry-After seconds. */
            429: {
                headers: {
                    /** @description What is left: `"<bucket>";r=<remaining>;t=<seconds until reset>` */
                    RateLimit?: string;
                    /** @description The limit: `"<bucket>";q=<requests>;w=<seconds>` (IETF RateLimit headers draft) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window frees */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    JobMatching_mySuggestions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobSuggestionsDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    JobMatching_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuggestionAnswerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobSuggestionDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    JobMatching_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoblogDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    JobMatching_add: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JoblogInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoblogEntryDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    JobMatching_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JoblogPatchDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoblogEntryDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Live_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An event stream */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    Meetings_slots: {
        parameters: {
            query?: {
                form?: "in_person" | "video" | "phone";
                /** @description First day (YYYY-MM-DD, Copenhagen); default today */
                from?: string;
                /** @description Last day, inclusive; default two weeks from `from`; at most 62 days after it */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotListDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    Meetings_myMeetings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingListDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    Meetings_book: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookMeetingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
        };
    };
    Meetings_myMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    Meetings_reschedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RescheduleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Meetings_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    Meetings_ics: {
        parameters: {
            query?: {
                /** @description Language of the calendar text (links cannot send Accept-Language) */
                lang?: "da" | "en";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    Meetings_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Meetings_requestChange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeRequestInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Meetings_rate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RatingInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Notifications_settings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSettingsDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    Notifications_saveSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationSettingsInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSettingsDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Notifications_list: {
        parameters: {
            query?: {
                /** @description Items per page, at most 100. */
                limit?: number;
                /** @description Page number, from 1 to 10000. */
                page?: number;
                /** @description Only unread notifications */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPageDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    Notifications_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    Notifications_readAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    Notifications_unread: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCountDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    Offers_myPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    Offers_setGoal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GoalDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Offers_addItem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddItemDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanItemDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Offers_dropItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanItemDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    Offers_patchItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchItemDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanItemDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Offers_rateItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ItemRatingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanItemDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Citizens_myProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    Citizens_saveProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfileInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Notifications_subscribe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushSubscriptionInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushSubscriptionDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Notifications_unsubscribe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushUnsubscribeDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Messaging_ask: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuestionInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionAnswerDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Messaging_feedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuestionFeedbackDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionFeedbackResultDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    JobMatching_saved: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedJobsDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    JobMatching_save: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    JobMatching_unsave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    Screening_myScreening: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyScreeningDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    Screening_comment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScreeningCommentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyScreeningDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Screening_latestSelfAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LatestSelfAssessmentDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    Screening_saveSelfAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SelfAssessmentInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfAssessmentDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Citizens_myTimeline: {
        parameters: {
            query?: {
                /** @description Items per page, at most 100. */
                limit?: number;
                /** @description Page number, from 1 to 10000. */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["TimelineEntryDto"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    Meetings_meeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why you open this citizen; required for caseworkers outside their own caseload (403 without it). Logged in the audit log and shown to the citizen. */
                "x-access-purpose"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMeetingDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    Meetings_staffReschedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why you open this citizen; required for caseworkers outside their own caseload (403 without it). Logged in the audit log and shown to the citizen. */
                "x-access-purpose"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RescheduleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMeetingDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Meetings_notes: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why you open this citizen; required for caseworkers outside their own caseload (403 without it). Logged in the audit log and shown to the citizen. */
                "x-access-purpose"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotesInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMeetingDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Meetings_outcome: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why you open this citizen; required for caseworkers outside their own caseload (403 without it). Logged in the audit log and shown to the citizen. */
                "x-access-purpose"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutcomeInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMeetingDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Reference_listMunicipalities: {
        parameters: {
            query?: {
                /** @description Items per page, at most 100. */
                limit?: number;
                /** @description Page number, from 1 to 10000. */
                page?: number;
                /** @description Name prefix (case-insensitive) or exact code */
                q?: string;
                region?: "Hovedstaden" | "Sjælland" | "Syddanmark" | "Midtjylland" | "Nordjylland";
                /** @description Field to sort by; a leading "-" sorts descending. */
                sort?: "code" | "-code" | "name" | "-name";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["MunicipalityDto"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    Reference_getMunicipality: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MunicipalityDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    Reference_setUnitName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnitNameInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MunicipalityDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    OAuth_token: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponseDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Too many requests (rate limit `auth`, per principal or, anonymous, per client address); try again after Retry-After seconds. */
            429: {
                headers: {
                    /** @description What is left: `"<bucket>";r=<remaining>;t=<seconds until reset>` */
                    RateLimit?: string;
                    /** @description The limit: `"<bucket>";q=<requests>;w=<seconds>` (IETF RateLimit headers draft) */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the window frees */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Reference_searchOccupations: {
        parameters: {
            query?: {
                /** @description Items per page, at most 100. */
                limit?: number;
                /** @description Page number, from 1 to 10000. */
                page?: number;
                /** @description Words of the Danish or English title (accents ignored), or a code prefix */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["OccupationDto"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    Reference_getOccupation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OccupationDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    Offers_applications: {
        parameters: {
            query?: {
                /** @description Items per page, at most 100. */
                limit?: number;
                /** @description Page number, from 1 to 10000. */
                page?: number;
                /** @description Own caseload (default for caseworkers) or the municipality (default for team leads) */
                scope?: "me" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["ApplicationDto"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    Offers_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanItemDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Offers_list: {
        parameters: {
            query?: {
                /** @description Only offers with a session on or after this date, or self-paced */
                from?: string;
                kind?: "course" | "workshop" | "e_learning" | "webinar" | "job_club" | "company_internship" | "wage_subsidy" | "upskilling" | "other";
                /** @description Items per page, at most 100. */
                limit?: number;
                mode?: "virtual" | "in_person" | "hybrid";
                /** @description Page number, from 1 to 10000. */
                page?: number;
                /** @description Words in title, description or provider (accents and case ignored) */
                q?: string;
                /** @description Staff only; citizens always see published offers */
                status?: "draft" | "published" | "archived";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["OfferDto"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    Offers_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfferInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Offers_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    Offers_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfferPatchDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Reference_listPostalCodes: {
        parameters: {
            query?: {
                /** @description Items per page, at most 100. */
                limit?: number;
                /** @description Only postal codes in this municipality */
                municipality?: string;
                /** @description Page number, from 1 to 10000. */
                page?: number;
                /** @description Postal code prefix, or town name prefix (case-insensitive) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["PostalCodeDto"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    Reference_getPostalCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostalCodeDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    Notifications_vapid: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapidKeyDto"];
                };
            };
        };
    };
    Screening_queue: {
        parameters: {
            query?: {
                citizenId?: string;
                /** @description Items per page, at most 100. */
                limit?: number;
                /** @description Only overdue items */
                overdue?: boolean;
                /** @description Page number, from 1 to 10000. */
                page?: number;
                /** @description Default: `me` for caseworkers (own caseload), `all` for team leads */
                scope?: "me" | "all";
                status?: "open" | "resolved" | "dismissed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["QueueItemDto"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    Screening_dismiss: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DismissDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueItemDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    Reference_skills: {
        parameters: {
            query?: {
                /** @description Words of the Danish or English name */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillListDto"];
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    StaffUsers_list: {
        parameters: {
            query?: {
                /** @description Items per page, at most 100. */
                limit?: number;
                /** @description Page number, from 1 to 10000. */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["StaffUserDto"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    StaffUsers_revokeSessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedSessionsDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    StaffOverview_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffOverviewDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
}
