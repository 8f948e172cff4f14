using MailKit;

namespace MailKitConfig;

/// <summary>
/// The connection pools of one protocol, one per <see cref="ConnectionPoolKey"/>: a pool is made when a send needs
/// it and removed when nobody uses it and it holds nothing (no idle connection, no message within its rate window).
/// </summary>
/// <typeparam name="TClient">The MailKit client of the connections.</typeparam>
/// <param name="create">Makes the pool of a key for an account, given the callback the pool calls when it is quiet.</param>
internal sealed class MailConnectionPools<TClient>(Func<ConnectionPoolKey, MailAccountSettings, Action<MailConnectionPool<TClient>>, MailConnectionPool<TClient>> create)
    where TClient : MailService
{
    private readonly Dictionary<ConnectionPoolKey, MailConnectionPool<TClient>> pools = [];
    private readonly object gate = new();

    /// <summary>Gets how many pools exist.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return pools.Count;
            }
        }
    }

    /// <summary>Gets the pool of a key and counts one more user of it; give it back with <see cref="Release"/>.</summary>
    /// <param name="key">What the connections are.</param>
    /// <param name="account">The account the pool is made for when there is none.</param>
    /// <returns>The pool.</returns>
    public MailConnectionPool<TClient> Rent(ConnectionPoolKey key, MailAccountSettings account)
    {
        lock (gate)
        {
            if (!pools.TryGetValue(key, out var pool))
            {
                pool = create(key, account, EvictIfUnused);
                pools.Add(key, pool);
            }

            pool.Users++;
            return pool;
        }
    }

    /// <summary>Counts one user less of a pool, and removes the pool when it is unused and quiet.</summary>
    /// <param name="pool">A pool from <see cref="Rent"/>.</param>
    public void Release(MailConnectionPool<TClient> pool)
    {
        lock (gate)
        {
            pool.Users--;
        }

        EvictIfUnused(pool);
    }

    /// <summary>Removes all pools; the caller disposes them.</summary>
    /// <returns>The pools.</returns>
    public List<MailConnectionPool<TClient>> TakeAll()
    {
        lock (gate)
        {
            var all = pools.Values.ToList();
            pools.Clear();
            return all;
        }
    }

    /// <summary>Removes a pool that nobody uses and that holds nothing (no idle connection, no message within its rate window).</summary>
    private void EvictIfUnused(MailConnectionPool<TClient> pool)
    {
        lock (gate)
        {
            if (pool.Users > 0 || !pool.IsQuiet || !pools.TryGetValue(pool.Key, out var current) || !ReferenceEquals(current, pool))
            {
                return;
            }

            pools.Remove(pool.Key);
        }

        pool.Dispose();
    }
}
