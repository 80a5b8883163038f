-- Login accounts of the web application, the failed logins that rate-limit them, and the tables
-- of Spring Session JDBC (created here because its own schema initialisation is switched off).

create table accounts (
    id               uuid primary key,
    email            text not null,
    name             text not null,
    -- A DelegatingPasswordEncoder hash with its {id} prefix, for example {argon2@SpringSecurity_v5_8}.
    password_hash    text not null,
    -- The TOTP secret encrypted with AES-256-GCM: key version, nonce and ciphertext with its tag.
    totp_secret      bytea not null,
    -- The last TOTP time step that logged in, so that a code works only once.
    totp_last_step   bigint,
    active           boolean not null default true,
    language         text not null default 'nl' check (language in ('nl', 'en')),
    role             text not null check (role in (
        'professional', 'organisation-administrator', 'municipal-officer', 'functional-administrator')),
    professional_id  uuid references professionals,
    organisation_id  uuid references organisations,
    municipality_id  uuid references municipalities,
    created_at       timestamptz not null,
    check (professional_id is not null or role <> 'professional'),
    check (organisation_id is not null or role not in ('professional', 'organisation-administrator')),
    check (municipality_id is not null or role <> 'municipal-officer')
);

create unique index accounts_email_unique on accounts (lower(email));
create unique index accounts_professional_unique on accounts (professional_id);

-- One-time recovery codes: 80 random bits each, so a SHA-256 is enough to store them.
create table account_recovery_codes (
    account_id  uuid not null references accounts on delete cascade,
    code_hash   bytea not null check (length(code_hash) = 32),
    used_at     timestamptz,
    primary key (account_id, code_hash)
);

-- Failed logins per account and per client address, as SHA-256 hashes of the lower-case email
-- address or of the address, so that the counts hold across nodes and name no one.
create table login_failures (
    kind       text not null check (kind in ('account', 'address')),
    key_hash   bytea not null check (length(key_hash) = 32),
    failed_at  timestamptz not null
);

create index login_failures_key on login_failures (kind, key_hash, failed_at);

-- Spring Session JDBC 4.0, in the form its JdbcIndexedSessionRepository reads and writes.
create table spring_session (
    primary_id             char(36) not null primary key,
    session_id             char(36) not null,
    creation_time          bigint not null,
    last_access_time       bigint not null,
    max_inactive_interval  int not null,
    expiry_time            bigint not null,
    principal_name         varchar(100)
);

create unique index spring_session_session_id on spring_session (session_id);
create index spring_session_expiry_time on spring_session (expiry_time);
create index spring_session_principal_name on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id  char(36) not null references spring_session (primary_id) on delete cascade,
    attribute_name      varchar(200) not null,
    attribute_bytes     bytea not null,
    primary key (session_primary_id, attribute_name)
);
