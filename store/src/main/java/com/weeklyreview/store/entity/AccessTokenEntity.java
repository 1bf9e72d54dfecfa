package com.weeklyreview.store.entity;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A personal access token for scripts: only the SHA-256 of the secret is stored (hex), so the
 * secret is shown once, when it is made. Revoking deletes the row.
 */
@Preload
@Table("WSR_ACCESS_TOKEN")
public interface AccessTokenEntity extends Entity {

    @NotNull
    @Indexed
    @StringLength(64)
    String getOwner();

    void setOwner(String value);

    @NotNull
    @StringLength(100)
    String getLabel();

    void setLabel(String value);

    @NotNull
    @Unique
    @StringLength(64)
    String getTokenHash();

    void setTokenHash(String value);

    @NotNull
    Long getCreatedAt();

    void setCreatedAt(Long value);

    @NotNull
    Long getExpiresAt();

    void setExpiresAt(Long value);

    Long getLastUsedAt();

    void setLastUsedAt(Long value);
}
