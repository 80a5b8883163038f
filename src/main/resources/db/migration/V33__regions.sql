-- Regions: groups of municipalities that share statistics (a youth-care region, for example).
-- A municipality belongs to at most one region.

create table regions (
    id   uuid primary key,
    name text not null unique check (length(name) between 1 and 100)
);

alter table municipalities
    add column region_id uuid references regions;

create index municipalities_region on municipalities (region_id);
