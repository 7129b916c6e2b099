using Microsoft.EntityFrameworkCore;

namespace CertStatus.Infrastructure.Persistence;

public sealed class SqliteCertStatusDbContext(DbContextOptions<SqliteCertStatusDbContext> options)
    : CertStatusDbContext(options);
