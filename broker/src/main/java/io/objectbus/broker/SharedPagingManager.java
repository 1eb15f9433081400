// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.paging.PageTransactionInfo;
import org.apache.activemq.artemis.core.paging.PagingManager;
import org.apache.activemq.artemis.core.paging.PagingStore;
import org.apache.activemq.artemis.core.server.files.FileStoreMonitor;
import org.apache.activemq.artemis.utils.CompositeAddress;

/**
 * One paging store for the topic tree instead of one per address. The broker gives every address a message is routed
 * to a paging store of its own, about 11 KB of heap even when nothing is ever paged; a bus of 250,000 resources has as
 * many value topics. Paged messages carry the ids of their queues and every queue reads its own from the shared
 * store, so sharing changes only when paging starts: for the tree as a whole, past its memory limit.
 *
 * <p>Link stores keep stores of their own: each link bounds what it keeps on disk. Everything else is the broker's
 * own paging manager, which this wraps (it cannot be extended).
 */
final class SharedPagingManager implements PagingManager {

    /** Not an address anyone routes to, so that removing an address never removes the shared store. */
    static final SimpleString SHARED_STORE = SimpleString.of("$objectbus.pages");

    private static final SimpleString OWN_STORES = SimpleString.of(BrokerConfiguration.LINK_ADDRESS_PREFIX);

    private final PagingManager pages;
    private final SimpleString managementAddress;

    SharedPagingManager(PagingManager pages, SimpleString managementAddress) {
        this.pages = pages;
        this.managementAddress = managementAddress;
    }

    @Override
    public PagingStore getPageStore(SimpleString address) throws Exception {
        return pages.getPageStore(hasOwnStore(address) ? address : SHARED_STORE);
    }

    @Override
    public void deletePageStore(SimpleString storeName) throws Exception {
        if (hasOwnStore(storeName)) {
            pages.deletePageStore(storeName);
        }
    }

    private boolean hasOwnStore(SimpleString storeName) {
        SimpleString address = CompositeAddress.extractAddressName(storeName);
        return address.startsWith(OWN_STORES) || (managementAddress != null && address.startsWith(managementAddress));
    }

    // What follows only hands over to the broker's paging manager.

    @Override
    public void addTransaction(PageTransactionInfo pageTransaction) {
        pages.addTransaction(pageTransaction);
    }

    @Override
    public PageTransactionInfo getTransaction(long transactionID) {
        return pages.getTransaction(transactionID);
    }

    @Override
    public void removeTransaction(long transactionID) {
        pages.removeTransaction(transactionID);
    }

    @Override
    public Map<Long, PageTransactionInfo> getTransactions() {
        return pages.getTransactions();
    }

    @Override
    public void reloadStores() throws Exception {
        pages.reloadStores();
    }

    @Override
    public SimpleString[] getStoreNames() {
        return pages.getStoreNames();
    }

    @Override
    public void processReload() throws Exception {
        pages.processReload();
    }

    @Override
    public void disableCleanup() {
        pages.disableCleanup();
    }

    @Override
    public void resumeCleanup() {
        pages.resumeCleanup();
    }

    @Override
    public void addBlockedStore(PagingStore store) {
        pages.addBlockedStore(store);
    }

    @Override
    public void injectMonitor(FileStoreMonitor monitor) throws Exception {
        pages.injectMonitor(monitor);
    }

    @Override
    public void execute(Runnable runnable) {
        pages.execute(runnable);
    }

    @Override
    public void lock() {
        pages.lock();
    }

    @Override
    public void unlock() {
        pages.unlock();
    }

    @Override
    public PagingManager addSize(int size, boolean sizeOnly) {
        pages.addSize(size, sizeOnly);
        return this;
    }

    @Override
    public boolean isUsingGlobalSize() {
        return pages.isUsingGlobalSize();
    }

    @Override
    public boolean isGlobalFull() {
        return pages.isGlobalFull();
    }

    @Override
    public boolean isDiskFull() {
        return pages.isDiskFull();
    }

    @Override
    public long getDiskUsableSpace() {
        return pages.getDiskUsableSpace();
    }

    @Override
    public long getDiskTotalSpace() {
        return pages.getDiskTotalSpace();
    }

    @Override
    public long getGlobalSize() {
        return pages.getGlobalSize();
    }

    @Override
    public long getGlobalMessages() {
        return pages.getGlobalMessages();
    }

    @Override
    public void checkMemory(Runnable runWhenAvailable) {
        pages.checkMemory(runWhenAvailable);
    }

    @Override
    public void checkStorage(Runnable runWhenAvailable) {
        pages.checkStorage(runWhenAvailable);
    }

    @Override
    public void counterSnapshot() {
        pages.counterSnapshot();
    }

    @Override
    public long getMaxSize() {
        return pages.getMaxSize();
    }

    @Override
    public long getMaxMessages() {
        return pages.getMaxMessages();
    }

    @Override
    public Future<Object> rebuildCounters(Set<Long> storedLargeMessages) {
        return pages.rebuildCounters(storedLargeMessages);
    }

    @Override
    public void forEachTransaction(BiConsumer<Long, PageTransactionInfo> transactionConsumer) {
        pages.forEachTransaction(transactionConsumer);
    }

    @Override
    public boolean isRebuildingCounters() {
        return pages.isRebuildingCounters();
    }

    @Override
    public void onChange() {
        pages.onChange();
    }

    @Override
    public void start() throws Exception {
        pages.start();
    }

    @Override
    public void stop() throws Exception {
        pages.stop();
    }

    @Override
    public boolean isStarted() {
        return pages.isStarted();
    }
}
