-- The client search lists matches in name order, 50 at a time. A short, common search ("an")
-- matches a large share of a chain's clients, where the trigram index cannot help: with this index
-- PostgreSQL walks the names in order and stops at the 51st match instead of sorting every match.
create index client_legal_name_idx on client (legal_name);
