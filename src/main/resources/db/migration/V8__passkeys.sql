-- Passkeys (WebAuthn credentials) of login accounts, in the tables and columns that Spring
-- Security 7.0's JdbcPublicKeyCredentialUserEntityRepository and JdbcUserCredentialRepository
-- read and write. The library's own schema files are not run; the constraints below are added.

-- One WebAuthn user entity per account. The library looks it up by name, which is the account id.
create table user_entities (
    -- The WebAuthn user handle: 32 random bytes, base64url-encoded.
    id            varchar(1000) not null primary key,
    name          varchar(100) not null unique,
    display_name  varchar(200),
    -- The account as a real reference, so that deleting an account deletes its passkeys.
    account_id    uuid generated always as (name::uuid) stored not null
                  references accounts on delete cascade
);

-- The public keys that may log in. The library keeps created and last_used as local timestamps
-- of the JVM's time zone, and sets last_used at registration too.
create table user_credentials (
    credential_id                 varchar(1000) not null primary key,
    user_entity_user_id           varchar(1000) not null references user_entities on delete cascade,
    public_key                    bytea not null,
    signature_count               bigint,
    uv_initialized                boolean,
    backup_eligible               boolean not null,
    authenticator_transports      varchar(1000),
    public_key_credential_type    varchar(100),
    backup_state                  boolean not null,
    attestation_object            bytea,
    attestation_client_data_json  bytea,
    created                       timestamp,
    last_used                     timestamp,
    label                         varchar(1000) not null,
    -- Not read by the library: the last login with this passkey, null until the first.
    last_login_at                 timestamptz
);

create index user_credentials_user_entity on user_credentials (user_entity_user_id);
