-- Accounts and API tokens of a shared planner server (issue 8). Passwords as BCrypt hashes, tokens as
-- SHA-256 hashes: the store never holds a secret in clear.

CREATE TABLE account (
    username      VARCHAR(40)  PRIMARY KEY,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    created_at    TIMESTAMP    NOT NULL
);

CREATE TABLE api_token (
    id         VARCHAR(36)  PRIMARY KEY,
    username   VARCHAR(40)  NOT NULL REFERENCES account (username),
    name       VARCHAR(100) NOT NULL,
    token_hash VARCHAR(64)  NOT NULL UNIQUE,
    created_at TIMESTAMP    NOT NULL
);
