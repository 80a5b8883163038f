package nl.verwijsindex.organisations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.organisations.Regions;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcRegions implements Regions {

    private final JdbcClient jdbc;

    JdbcRegions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Region> all() {
        return jdbc.sql("select id, name from regions order by name")
                .query(JdbcRegions::region)
                .list();
    }

    @Override
    public Optional<Region> find(UUID regionId) {
        return jdbc.sql("select id, name from regions where id = ?")
                .param(regionId)
                .query(JdbcRegions::region)
                .optional();
    }

    @Override
    public Optional<Region> regionOf(UUID municipalityId) {
        return jdbc.sql("""
                        select r.id, r.name
                          from regions r
                          join municipalities m on m.region_id = r.id
                         where m.id = ?
                        """).param(municipalityId).query(JdbcRegions::region).optional();
    }

    @Override
    public List<RegionMunicipality> municipalitiesIn(UUID regionId) {
        return jdbc.sql("select id, code, name from municipalities where region_id = ? order by name, code")
                .param(regionId)
                .query((rs, row) -> new RegionMunicipality(
                        rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name")))
                .list();
    }

    @Override
    @Transactional
    public void add(UUID regionId, String name) {
        try {
            jdbc.sql("insert into regions (id, name) values (?, ?)")
                    .params(regionId, name)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("A region named " + name + " exists already", e);
        }
    }

    @Override
    @Transactional
    public void place(UUID municipalityId, @Nullable UUID regionId) {
        if (regionId != null && find(regionId).isEmpty()) {
            throw new IllegalArgumentException("Region " + regionId + " does not exist");
        }

        int updated = jdbc.sql("update municipalities set region_id = ? where id = ?")
                .params(regionId, municipalityId)
                .update();
        if (updated == 0) {
            throw new IllegalArgumentException("Municipality " + municipalityId + " does not exist");
        }
    }

    private static Region region(ResultSet rs, int row) throws SQLException {
        return new Region(rs.getObject("id", UUID.class), rs.getString("name"));
    }
}
