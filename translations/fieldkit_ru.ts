<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AdjustmentDialog</name>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="407"/>
        <source>Adjust stock</source>
        <translation>Корректировка запаса</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="408"/>
        <source>&amp;Material</source>
        <translation>&amp;Материал</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="409"/>
        <source>&amp;At</source>
        <translation>&amp;Где</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="410"/>
        <source>&amp;Change (+/−)</source>
        <translation>&amp;Изменение (+/−)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="411"/>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="412"/>
        <source>e.g. counted on 3 March: 12 more than the ledger</source>
        <translation>напр. пересчёт 3 марта: на 12 больше, чем в журнале</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="413"/>
        <source>&amp;When</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="414"/>
        <source>&amp;Note</source>
        <translation>&amp;Заметка</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="416"/>
        <source>A positive number adds to the stock, a negative one takes away. The reason is kept with it.</source>
        <translation>Положительное число добавляет к запасу, отрицательное — вычитает. Причина сохраняется вместе с ним.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="423"/>
        <source>Give the reason for the adjustment.</source>
        <translation>Укажите причину корректировки.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../fieldkit/app.py" line="71"/>
        <source>Demo</source>
        <translation>Демо</translation>
    </message>
    <message>
        <location filename="../fieldkit/app.py" line="74"/>
        <source>Making a demo store with sample data…</source>
        <translation>Создаётся демо-база с примерами данных…</translation>
    </message>
    <message>
        <location filename="../fieldkit/app.py" line="153"/>
        <source>Field Kit cannot open its store</source>
        <translation>Field Kit не может открыть базу</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../fieldkit/ui/checkin.py" line="144"/>
        <source>&amp;Check in:</source>
        <translation>&amp;Отметить:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/checkin.py" line="145"/>
        <source>Type a name, then press Enter</source>
        <translation>Введите имя и нажмите Enter</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/checkin.py" line="147"/>
        <source>People from earlier events are suggested as you type. Enter checks the person in.</source>
        <translation>При вводе предлагаются участники прошлых мероприятий. Enter отмечает участника.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/checkin.py" line="154"/>
        <source>The role recorded for the next check-in</source>
        <translation>Роль для следующей отметки</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/checkin.py" line="155"/>
        <source>Check in</source>
        <translation>Отметить</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/checkin.py" line="156"/>
        <source>Ne&amp;w person…</source>
        <translation>Новый у&amp;частник…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/checkin.py" line="157"/>
        <source>Register someone who has not come before</source>
        <translation>Добавить человека, который раньше не приходил</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/checkin.py" line="158"/>
        <source>&amp;Remove from event</source>
        <translation>&amp;Убрать из мероприятия</translation>
    </message>
    <message numerus="yes">
        <location filename="../fieldkit/ui/checkin.py" line="194"/>
        <source>%n person(s) checked in</source>
        <translation>
            <numerusform>Отмечен %n участник</numerusform>
            <numerusform>Отмечено %n участника</numerusform>
            <numerusform>Отмечено %n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fieldkit/ui/checkin.py" line="241"/>
        <source>%n people are called %1. Choose one from the list.</source>
        <translation>
            <numerusform>%n человек с именем %1. Выберите из списка.</numerusform>
            <numerusform>%n человека с именем %1. Выберите из списка.</numerusform>
            <numerusform>%n человек с именем %1. Выберите из списка.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/checkin.py" line="246"/>
        <source>Nobody is called exactly %1. Choose from the list, or press Enter again to register.</source>
        <translation>Никого не зовут точно «%1». Выберите из списка или нажмите Enter ещё раз, чтобы добавить нового участника.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/checkin.py" line="278"/>
        <source>Checked in: %1</source>
        <translation>Присутствие отмечено: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/checkin.py" line="280"/>
        <source>%1 was already checked in.</source>
        <translation>%1: присутствие уже отмечено.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/checkin.py" line="315"/>
        <source>Not found: register the person below, with their consent.</source>
        <translation>Не найден: добавьте человека ниже, с его согласия.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/checkin.py" line="333"/>
        <source>Registered and checked in: %1</source>
        <translation>Добавлен и отмечен: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/checkin.py" line="358"/>
        <source>Removed from this event: %1</source>
        <translation>Убран из мероприятия: %1</translation>
    </message>
</context>
<context>
    <name>AttendedEventsModel</name>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="397"/>
        <source>Event</source>
        <extracomment>rows now loaded, and whether more can be fetched a new query&apos;s first page is being read in the background the table now shows the query asked for last reading a query failed; the message says why</extracomment>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="398"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="399"/>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="400"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
</context>
<context>
    <name>AttendeesModel</name>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="390"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="391"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="392"/>
        <source>Age band</source>
        <translation>Возрастная группа</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="393"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="33"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="34"/>
        <source>Export with personal data</source>
        <translation>Экспорт с персональными данными</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="35"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="36"/>
        <source>Merge</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="37"/>
        <source>Merge undone</source>
        <translation>Объединение отменено</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="38"/>
        <source>Deletion</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="39"/>
        <source>Personal data purged</source>
        <translation>Персональные данные удалены</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="40"/>
        <source>Consent withdrawn</source>
        <translation>Согласие отозвано</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="41"/>
        <source>Login</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="42"/>
        <source>Unlocked after the auto-lock</source>
        <translation>Разблокировано после автоблокировки</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="43"/>
        <source>Passphrase changed</source>
        <translation>Парольная фраза изменена</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="44"/>
        <source>Project setting published</source>
        <translation>Опубликована настройка проекта</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="75"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="76"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="77"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="132"/>
        <source>What was done on this computer: exports and imports, merges, deletions and purges, logins and passphrase changes. Entries can only be added; Verify shows whether any was changed or removed.</source>
        <translation>Что делалось на этом компьютере: экспорт и импорт, объединения, удаления и очистки, входы и смены парольной фразы. Записи можно только добавлять; «Проверить» показывает, не была ли какая-либо из них изменена или удалена.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="136"/>
        <source>&amp;Verify</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="137"/>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="166"/>
        <source>The latest %1 of %2 entries</source>
        <translation>Последние записи: %1 (всего: %2)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="171"/>
        <source>Entries: %1</source>
        <translation>Записей: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="178"/>
        <source>The log is intact: all %1 entries are in order and unchanged.</source>
        <translation>Журнал цел: все записи (%1) на месте и не изменены.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="185"/>
        <source>The log was tampered with: %1. Tell your coordinator.</source>
        <translation>Журнал был изменён: %1. Сообщите координатору.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="191"/>
        <source>Export the audit log</source>
        <translation>Экспорт журнала аудита</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="191"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="202"/>
        <source>The audit log could not be exported: %1</source>
        <translation>Не удалось экспортировать журнал аудита: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="206"/>
        <source>%1 entries exported to %2.</source>
        <translation>Экспортировано записей: %1, файл %2.</translation>
    </message>
</context>
<context>
    <name>BalancesModel</name>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="174"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="174"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="174"/>
        <source>On hand</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="174"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="189"/>
        <source>Below the low-stock threshold of %1</source>
        <translation>Ниже порога малого запаса (%1)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="207"/>
        <source>Low stock</source>
        <translation>Малый запас</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="259"/>
        <source>Data directory</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="260"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="261"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="264"/>
        <source>Copies of the store in the data directory&apos;s &apos;backups&apos; folder; the newest %1 are kept. Copy one to a USB stick now and then: a stolen laptop takes its backups with it.</source>
        <translation>Копии базы в папке &apos;backups&apos; папки данных; хранятся %1 последних. Время от времени копируйте одну на USB-накопитель: украденный ноутбук унесёт и свои резервные копии.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="268"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать копию сейчас</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="269"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="270"/>
        <source>Restore from a &amp;file…</source>
        <translation>Восстановить из &amp;файла…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="298"/>
        <source>Backed up to %1.</source>
        <translation>Резервная копия создана: %1.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="301"/>
        <source>Back up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="314"/>
        <source>Restore from</source>
        <translation>Восстановить из файла</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="314"/>
        <source>Field Kit stores (*.db)</source>
        <translation>Базы Field Kit (*.db)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="322"/>
        <source>Replace the store with the backup %1?

What was recorded after it will no longer be shown. The store as it is now is kept as a backup first, so this can be undone. Field Kit then reopens the store.</source>
        <translation>Заменить базу резервной копией %1?

Записанное после неё больше не будет показано. Текущее состояние базы сначала сохраняется как резервная копия, так что это можно отменить. Затем Field Kit заново откроет базу.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="326"/>
        <location filename="../fieldkit/ui/settings_data.py" line="350"/>
        <source>Restore a backup</source>
        <translation>Восстановление резервной копии</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="337"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="340"/>
        <source>The backup was restored. Field Kit now reopens the store.</source>
        <translation>Резервная копия восстановлена. Field Kit заново открывает базу.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="344"/>
        <source>Recording stays paused until this laptop takes a new device identity (Settings, This device), because other computers may already hold changes newer than the backup.</source>
        <translation>Запись приостановлена, пока ноутбук не получит новый идентификатор устройства (Настройки, Это устройство): на других компьютерах уже могут быть изменения новее резервной копии.</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="124"/>
        <source>Bundles from devices this coordinator does not know wait here. Approve a device only after its officer has read you the same key fingerprint (for example on the phone).</source>
        <translation>Здесь ждут пакеты от устройств, которых этот координатор не знает. Одобряйте устройство, только когда его сотрудник прочитает вам тот же отпечаток ключа (например, по телефону).</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="128"/>
        <source>Only devices &amp;waiting for approval</source>
        <translation>Только ожидающие о&amp;добрения</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="129"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Одобрить…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="130"/>
        <source>&amp;Revoke…</source>
        <translation>О&amp;тозвать…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="131"/>
        <source>Show &amp;file</source>
        <translation>Показать &amp;файл</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="132"/>
        <source>Open the folder that holds the refused file</source>
        <translation>Открыть папку с отклонённым файлом</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="133"/>
        <source>Import a&amp;gain</source>
        <translation>Повторить и&amp;мпорт</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="135"/>
        <source>Import the refused file again, for example after approving its device</source>
        <translation>Импортировать отклонённый файл снова, например после одобрения его устройства</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="183"/>
        <source>Choose a device to see the bundles received from it.</source>
        <translation>Выберите устройство, чтобы увидеть полученные от него пакеты.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="188"/>
        <source>Bundles received from %1:</source>
        <translation>Пакеты, полученные от %1:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="192"/>
        <source>Changes %1 are missing: ask its officer for the bundle that holds them, or for a new export.</source>
        <translation>Нет изменений %1: попросите у сотрудника этого устройства пакет с ними или новый экспорт.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="211"/>
        <source>Show file</source>
        <translation>Показать файл</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="211"/>
        <source>%1 is no longer there.</source>
        <translation>Файла %1 там больше нет.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="245"/>
        <source>Trust %1 and import its %2 waiting bundle(s)?

Approve only if its officer has read you this key fingerprint:
%3</source>
        <translation>Доверять устройству %1 и импортировать его ожидающие пакеты (%2)?

Одобряйте, только если его сотрудник прочитал вам этот отпечаток ключа:
%3</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="249"/>
        <source>Approve device</source>
        <translation>Одобрить устройство</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="259"/>
        <source>Approving %1</source>
        <translation>Одобрение: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="266"/>
        <source>Refuse every bundle from %1 from now on? A coordinator can approve it again later.</source>
        <translation>Отклонять все пакеты от %1 с этого момента? Координатор сможет позже снова его одобрить.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="267"/>
        <location filename="../fieldkit/ui/sync_devices.py" line="273"/>
        <source>Revoke device</source>
        <translation>Отозвать устройство</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="128"/>
        <source>Duplicate people</source>
        <translation>Дубликаты участников</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="129"/>
        <source>Show pairs &amp;scoring at least</source>
        <translation>Пары с &amp;баллом не ниже</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="130"/>
        <source>Out of 100. A shared phone counts 45, the same name 35.</source>
        <translation>Из 100. Общий телефон даёт 45, одинаковое имя — 35.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="131"/>
        <source>Search &amp;again</source>
        <translation>&amp;Искать снова</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="132"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="133"/>
        <source>Merge the ticked records into the record kept (Enter)</source>
        <translation>Объединить отмеченные записи с сохраняемой (Enter)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="134"/>
        <source>S&amp;kip</source>
        <translation>&amp;Пропустить</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="135"/>
        <source>Not the same person, or decide later: go to the next group</source>
        <translation>Не один и тот же человек, или решите позже: перейти к следующей группе</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="137"/>
        <source>Only a coordinator merges people. You can look through the candidates on this laptop.</source>
        <translation>Объединять участников может только координатор. На этом ноутбуке можно просмотреть возможные дубликаты.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="165"/>
        <source>Looking for people registered twice…</source>
        <translation>Поиск участников, добавленных дважды…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="169"/>
        <source>Looking for duplicate people</source>
        <translation>Поиск дубликатов участников</translation>
    </message>
    <message numerus="yes">
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="186"/>
        <source>%n group(s) of possible duplicates</source>
        <translation>
            <numerusform>%n группа возможных дубликатов</numerusform>
            <numerusform>%n группы возможных дубликатов</numerusform>
            <numerusform>%n групп возможных дубликатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="187"/>
        <source>%n people compared</source>
        <translation>
            <numerusform>%n человек сравнён</numerusform>
            <numerusform>%n человека сравнены</numerusform>
            <numerusform>%n человек сравнены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="189"/>
        <source>%n with very common names compared by phone only</source>
        <translation>
            <numerusform>%n человек с очень частым именем сравнён только по телефону</numerusform>
            <numerusform>%n человека с очень частыми именами сравнены только по телефону</numerusform>
            <numerusform>%n человек с очень частыми именами сравнены только по телефону</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="214"/>
        <source>No possible duplicates left.</source>
        <translation>Возможных дубликатов не осталось.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="217"/>
        <source>Score %1 of 100: %2</source>
        <translation>Балл: %1 из 100 — %2</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="242"/>
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="260"/>
        <source>Merge people</source>
        <translation>Объединение участников</translation>
    </message>
    <message numerus="yes">
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="244"/>
        <source>Merge %n record(s) into the record of %1 (registered on %2)? Nothing is deleted: the merged records are hidden from lists and counted as this person, and empty details of the kept record are filled from them. The merge reaches other coordinators with the next sync.</source>
        <translation>
            <numerusform>Объединить %n запись с записью «%1» (добавлена на устройстве %2)? Ничего не удаляется: объединённые записи скрываются из списков и учитываются как этот человек, а пустые поля сохраняемой записи заполняются из них. Объединение дойдёт до других координаторов со следующей синхронизацией.</numerusform>
            <numerusform>Объединить %n записи с записью «%1» (добавлена на устройстве %2)? Ничего не удаляется: объединённые записи скрываются из списков и учитываются как этот человек, а пустые поля сохраняемой записи заполняются из них. Объединение дойдёт до других координаторов со следующей синхронизацией.</numerusform>
            <numerusform>Объединить %n записей с записью «%1» (добавлена на устройстве %2)? Ничего не удаляется: объединённые записи скрываются из списков и учитываются как этот человек, а пустые поля сохраняемой записи заполняются из них. Объединение дойдёт до других координаторов со следующей синхронизацией.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="44"/>
        <source>same name</source>
        <translation>совпадает имя</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="45"/>
        <source>name order swapped</source>
        <translation>части имени переставлены</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="46"/>
        <source>name transliterated</source>
        <translation>имя в другом написании</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="47"/>
        <source>name partly the same</source>
        <translation>имя совпадает частично</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="48"/>
        <source>same phone</source>
        <translation>совпадает телефон</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="49"/>
        <source>same e-mail</source>
        <translation>совпадает эл. почта</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="50"/>
        <source>same agency</source>
        <translation>совпадает организация</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="51"/>
        <source>same position</source>
        <translation>совпадает должность</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="52"/>
        <source>same region</source>
        <translation>совпадает регион</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="53"/>
        <source>different sex</source>
        <translation>разный пол</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="54"/>
        <source>different age band</source>
        <translation>разные возрастные группы</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="55"/>
        <source>different phone</source>
        <translation>разные телефоны</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="80"/>
        <location filename="../fieldkit/ui/duplicates_models.py" line="162"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="81"/>
        <source>Records</source>
        <translation>Записей</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="82"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="83"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="160"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="161"/>
        <source>Merge into it</source>
        <translation>Объединить с ней</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="163"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="164"/>
        <source>Age band</source>
        <translation>Возрастная группа</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="165"/>
        <source>Agency</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="166"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="167"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="168"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="169"/>
        <source>Events attended</source>
        <translation>Посещённые мероприятия</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="170"/>
        <source>Registered on</source>
        <translation>Добавлен на устройстве</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="140"/>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="232"/>
        <source>Record %1</source>
        <translation>Запись %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="257"/>
        <source>Copied to the kept record, which has none</source>
        <translation>Будет скопировано в сохраняемую запись, где это поле пустое</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="259"/>
        <source>No consent recorded: contacts are withheld</source>
        <translation>Согласие не записано: контакты скрыты</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="264"/>
        <source>Keep this record</source>
        <translation>Оставить её</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="266"/>
        <source>kept</source>
        <translation>остаётся</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="273"/>
        <source>withheld</source>
        <translation>скрыт</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <location filename="../fieldkit/ui/wizard_pages.py" line="112"/>
        <location filename="../fieldkit/ui/wizard_pages.py" line="123"/>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_pages.py" line="113"/>
        <source>Optional: the enrolment file your coordinator gave you.</source>
        <translation>Необязательно: файл подключения, который дал вам координатор.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_pages.py" line="116"/>
        <source>With it, this laptop trusts your coordinator, encrypts what it sends to them, and is trusted in return. Without it, your coordinator approves the laptop by hand later.</source>
        <translation>С ним ноутбук доверяет координатору, шифрует отправляемые ему данные и сам получает доверие. Без него координатор позже одобрит ноутбук вручную.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_pages.py" line="120"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_pages.py" line="121"/>
        <source>C&amp;lear</source>
        <translation>О&amp;чистить</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_pages.py" line="122"/>
        <source>No enrolment file</source>
        <translation>Нет файла подключения</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_pages.py" line="124"/>
        <source>Key fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_pages.py" line="125"/>
        <source>Sync hub</source>
        <translation>Сервер синхронизации</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_pages.py" line="126"/>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_pages.py" line="128"/>
        <source>The fingerprint matches the one my coordinator gave me, and I accept this coordinator</source>
        <translation>Отпечаток совпадает с тем, что дал мне координатор, и я принимаю этого координатора</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_pages.py" line="134"/>
        <source>Choose the enrolment file</source>
        <translation>Выберите файл подключения</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_pages.py" line="134"/>
        <source>Enrolment files (*.json);;All files (*)</source>
        <translation>Файлы подключения (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_pages.py" line="172"/>
        <source>none (sync by file only)</source>
        <translation>нет (синхронизация только файлами)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_pages.py" line="176"/>
        <source>%1: expired. Your coordinator will have to approve this laptop by hand; ask for a new file.</source>
        <translation>%1: срок истёк. Координатору придётся одобрить ноутбук вручную; попросите новый файл.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../fieldkit/services/attendance.py" line="82"/>
        <location filename="../fieldkit/services/attendance.py" line="120"/>
        <source>A headcount cannot be negative (got {count}).</source>
        <translation>Подсчёт не может быть отрицательным (введено {count}).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/attendance.py" line="182"/>
        <source>A name is recorded only with the person&apos;s consent. Without consent, count them in the event&apos;s headcount instead.</source>
        <translation>Имя записывается только с согласия человека. Без согласия учитывайте его в подсчёте мероприятия.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/audit.py" line="107"/>
        <source>&apos;{value}&apos; is not a date. Write it as YYYY-MM-DD.</source>
        <translation>&apos;{value}&apos; — не дата. Введите её в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/audit.py" line="124"/>
        <source>Unknown audit action {action}. Actions: {actions}.</source>
        <translation>Неизвестное действие журнала аудита: {action}. Действия: {actions}.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/backup.py" line="124"/>
        <location filename="../fieldkit/services/backup.py" line="307"/>
        <source>The store in {data_dir} is encrypted: unlock it with its passphrase first.</source>
        <translation>База в {data_dir} зашифрована: сначала разблокируйте её парольной фразой.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/backup.py" line="146"/>
        <source>There is no store in {data_dir} to back up.</source>
        <translation>В {data_dir} нет базы для резервного копирования.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/backup.py" line="153"/>
        <source>The backup could not be written to {folder} ({reason}). Check the free disk space.</source>
        <translation>Не удалось записать резервную копию в {folder} ({reason}). Проверьте свободное место на диске.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/backup.py" line="167"/>
        <source>{name} is damaged or is not a Field Kit store; it cannot be restored. Choose another backup.</source>
        <translation>Файл {name} повреждён или не является базой Field Kit; его нельзя восстановить. Выберите другую резервную копию.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/backup.py" line="171"/>
        <source>{name} is damaged, or is encrypted with another store&apos;s key; it cannot be restored here. Choose another backup.</source>
        <translation>Файл {name} повреждён или зашифрован ключом другой базы; здесь его нельзя восстановить. Выберите другую резервную копию.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/backup.py" line="201"/>
        <source>{name} was written by a newer Field Kit (schema {revision}; this app knows up to {head}). Install the newer Field Kit to restore it.</source>
        <translation>Файл {name} записан более новой версией Field Kit (схема {revision}; это приложение знает схемы до {head}). Чтобы восстановить его, установите новую версию Field Kit.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/backup.py" line="211"/>
        <source>{name} holds a store that was never set up; there is nothing to restore.</source>
        <translation>В файле {name} база, которая так и не была настроена; восстанавливать нечего.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/backup.py" line="242"/>
        <source>The store is open in another Field Kit window or command. Close it, then restore again; nothing was changed.</source>
        <translation>База открыта в другом окне или команде Field Kit. Закройте их и повторите восстановление; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/backup.py" line="349"/>
        <source>The backup {path} cannot be read ({reason}); nothing was changed.</source>
        <translation>Не удаётся прочитать резервную копию {path} ({reason}); ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/backup.py" line="369"/>
        <source>The current store could not be kept as a backup ({reason}); nothing was changed. Check the free disk space.</source>
        <translation>Не удалось сохранить текущую базу как резервную копию ({reason}); ничего не изменено. Проверьте свободное место на диске.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/common.py" line="23"/>
        <source>No {what} with id {row_id}. Check the id with the matching &apos;list&apos; command.</source>
        <translation>Не найдено ({what}, id {row_id}). Проверьте id соответствующей командой &apos;list&apos;.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/common.py" line="41"/>
        <source>{field} is required.</source>
        <translation>Обязательное поле: {field}.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/common.py" line="44"/>
        <source>{field} is too long ({length} characters; at most {limit}).</source>
        <translation>{field}: слишком длинный текст ({length} симв.; не более {limit}).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/common.py" line="67"/>
        <source>This {what} is shared reference data managed by your coordinator, so it cannot be changed on this laptop. Ask your coordinator to correct it; the correction reaches you with the next sync.</source>
        <translation>Эта запись ({what}) — общие справочные данные, которыми управляет ваш координатор, поэтому на этом ноутбуке её изменить нельзя. Попросите координатора исправить её; исправление придёт к вам при следующей синхронизации.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/enrolment.py" line="63"/>
        <source>Set this laptop up first (&apos;fieldkit init&apos;).</source>
        <translation>Сначала настройте этот ноутбук (&apos;fieldkit init&apos;).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/enrolment.py" line="117"/>
        <source>A coordinator does not enrol with another device; laptops enrol with a coordinator.</source>
        <translation>Координатор не подключается к другому устройству; это ноутбуки подключаются к координатору.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/events.py" line="34"/>
        <source>{field} must be a date written YYYY-MM-DD (got &apos;{value}&apos;).</source>
        <translation>{field}: дата должна быть в формате ГГГГ-ММ-ДД (введено &apos;{value}&apos;).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/events.py" line="75"/>
        <source>The event ends ({end}) before it starts ({start}). Check the dates.</source>
        <translation>Мероприятие заканчивается ({end}) раньше, чем начинается ({start}). Проверьте даты.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/helplines.py" line="35"/>
        <source>&apos;{number}&apos; is not a helpline number. Give the full international number starting with + (for example +994 12 000 00 00) or a short code of 3 to 6 digits.</source>
        <translation>&apos;{number}&apos; — не номер горячей линии. Укажите полный международный номер, начинающийся с + (например, +994 12 000 00 00), или короткий номер из 3–6 цифр.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/helplines.py" line="58"/>
        <source>No helpline &apos;{text}&apos;. Run &apos;fieldkit helpline list&apos;, or add one with &apos;fieldkit helpline add&apos;.</source>
        <translation>Горячей линии &apos;{text}&apos; нет. Выполните &apos;fieldkit helpline list&apos; или добавьте её командой &apos;fieldkit helpline add&apos;.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/helplines.py" line="84"/>
        <source>Say who verified the number (verified by).</source>
        <translation>Укажите, кто проверил номер (Кем проверен).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/leaflets.py" line="85"/>
        <source>Languages must be az, en or ru, separated by commas (got &apos;{value}&apos;).</source>
        <translation>Языки указываются через запятую: az, en или ru (получено: &apos;{value}&apos;).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/leaflets.py" line="109"/>
        <source>Language must be one of {languages}.</source>
        <translation>Язык должен быть одним из: {languages}.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/leaflets.py" line="112"/>
        <source>Only a coordinator publishes leaflet texts; officers receive them by sync.</source>
        <translation>Тексты листовок публикует только координатор; сотрудники получают их при синхронизации.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/leaflets.py" line="117"/>
        <source>These texts cannot be printed: {problem}</source>
        <translation>Эти тексты нельзя напечатать: {problem}</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/leaflets.py" line="146"/>
        <source>A sign-in sheet is for an event: give the event&apos;s id (--event).</source>
        <translation>Лист регистрации составляется для мероприятия: укажите идентификатор мероприятия (--event).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/leaflets.py" line="186"/>
        <source>A print run is recorded at your location, and none is set. Give --location, or set your home location (&apos;fieldkit settings set home-location CODE_OR_NAME&apos;).</source>
        <translation>Тираж записывается на ваше место, а оно не задано. Укажите --location или задайте основное место (&apos;fieldkit settings set home-location CODE_OR_NAME&apos;).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/leaflets.py" line="206"/>
        <source>The helpline {number} has never been verified. Dial it to check it reaches the helpline, record that (&apos;fieldkit helpline verify&apos;), or confirm this run with --confirm-helpline.</source>
        <translation>Номер горячей линии {number} ни разу не проверялся. Позвоните по нему и убедитесь, что попадаете на горячую линию, запишите это (&apos;fieldkit helpline verify&apos;) или подтвердите этот тираж флагом --confirm-helpline.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/leaflets.py" line="221"/>
        <source>Could not write {path}: {reason}. Nothing was recorded.</source>
        <translation>Не удалось записать {path}: {reason}. Ничего не учтено.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/locations.py" line="27"/>
        <source>The location is empty. Give an id, a code such as AZ-QAZ, or a name.</source>
        <translation>Место не указано. Укажите id, код (например, AZ-QAZ) или название.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/locations.py" line="53"/>
        <source>&apos;{text}&apos; matches more than one location: {matches}. Give the code or id instead.</source>
        <translation>Под &apos;{text}&apos; подходит несколько мест: {matches}. Укажите вместо этого код или id.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/locations.py" line="61"/>
        <source>No location called &apos;{text}&apos;. Run &apos;fieldkit location list&apos; to see the names and codes.</source>
        <translation>Места с названием &apos;{text}&apos; нет. Названия и коды покажет команда &apos;fieldkit location list&apos;.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/locations.py" line="141"/>
        <source>&apos;{text}&apos; matches more than one agency: {matches}. Give the code or id instead.</source>
        <translation>Под &apos;{text}&apos; подходит несколько организаций: {matches}. Укажите вместо этого код или id.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/locations.py" line="149"/>
        <source>No agency called &apos;{text}&apos;. Run &apos;fieldkit agency list&apos;, or add it with &apos;fieldkit agency add&apos;.</source>
        <translation>Организации с названием &apos;{text}&apos; нет. Выполните &apos;fieldkit agency list&apos; или добавьте её командой &apos;fieldkit agency add&apos;.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/locations.py" line="173"/>
        <source>The agency &apos;{name}&apos; already exists (id {id}).</source>
        <translation>Организация &apos;{name}&apos; уже существует (id {id}).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/materials.py" line="29"/>
        <source>A material needs a code, for example LF-2026-01.</source>
        <translation>У материала должен быть код, например LF-2026-01.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/materials.py" line="31"/>
        <source>A material code has at most 40 characters.</source>
        <translation>Код материала — не более 40 символов.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/materials.py" line="39"/>
        <source>A material needs at least one language (az, en or ru).</source>
        <translation>У материала должен быть хотя бы один язык (az, en или ru).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/materials.py" line="64"/>
        <source>No material with code &apos;{text}&apos;. Run &apos;fieldkit material list&apos;, or add it with &apos;fieldkit material add&apos;.</source>
        <translation>Материала с кодом &apos;{text}&apos; нет. Выполните &apos;fieldkit material list&apos; или добавьте его командой &apos;fieldkit material add&apos;.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/materials.py" line="109"/>
        <source>A material with code {code} already exists.</source>
        <translation>Материал с кодом {code} уже существует.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/participants.py" line="74"/>
        <source>&apos;{value}&apos; is not a phone number. Write it like +994 50 123 45 67.</source>
        <translation>&apos;{value}&apos; — не номер телефона. Пишите так: +994 50 123 45 67.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/participants.py" line="84"/>
        <source>&apos;{value}&apos; is not an e-mail address.</source>
        <translation>&apos;{value}&apos; — не адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/participants.py" line="121"/>
        <source>Minors are never registered by name. Record pupils and other under-18s as a headcount (counts by sex and age band) for the event instead.</source>
        <translation>Несовершеннолетних никогда не записывают по имени. Школьников и других лиц до 18 лет учитывайте в подсчёте мероприятия (по полу и возрастной группе).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/participants.py" line="401"/>
        <source>Person {n}: {message}</source>
        <translation>Участник № {n}: {message}</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/people_merge.py" line="79"/>
        <source>Only a coordinator merges people: the coordinator&apos;s store holds the people of every laptop. Leave both records as they are; your coordinator merges them after the next sync.</source>
        <translation>Объединять участников может только координатор: в его базе есть участники со всех ноутбуков. Оставьте обе записи как есть; координатор объединит их после следующей синхронизации.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/people_merge.py" line="103"/>
        <source>Name at least one duplicate to merge into the kept person.</source>
        <translation>Укажите хотя бы один дубликат для объединения с сохраняемой записью.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/people_merge.py" line="106"/>
        <source>A person cannot be merged into themself; name another record to keep.</source>
        <translation>Нельзя объединить участника с самим собой; укажите другую сохраняемую запись.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/people_merge.py" line="112"/>
        <source>{name} ({id}) is already merged into {target}: keep that record instead, or unmerge this one first.</source>
        <translation>Запись {name} ({id}) уже объединена с {target}: сохраните вместо неё ту запись или сначала отмените это объединение.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/people_merge.py" line="125"/>
        <source>{name} ({id}) is already merged into {target}. Unmerge it first (&apos;fieldkit people unmerge&apos;) if it belongs to this person instead.</source>
        <translation>Запись {name} ({id}) уже объединена с {target}. Если она на самом деле относится к этому участнику, сначала отмените объединение (&apos;fieldkit people unmerge&apos;).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/people_merge.py" line="172"/>
        <source>{name} ({id}) is not merged into anyone.</source>
        <translation>Запись {name} ({id}) ни с кем не объединена.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/privacy.py" line="128"/>
        <source>No participant with id {participant_id}. Check the id with &apos;fieldkit participant list&apos;.</source>
        <translation>Нет участника с идентификатором {participant_id}. Проверьте идентификатор командой &apos;fieldkit participant list&apos;.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/privacy.py" line="155"/>
        <source>Only a coordinator sets the retention period: it is a setting for the whole project, and it reaches the laptops with the next sync.</source>
        <translation>Срок хранения задаёт только координатор: это настройка всего проекта, и она дойдёт до ноутбуков со следующей синхронизацией.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/privacy.py" line="178"/>
        <source>The retention period is a whole number of months from 1 to {most} (got {months}).</source>
        <translation>Срок хранения — целое число месяцев от 1 до {most} (получено: {months}).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/privacy.py" line="246"/>
        <source>No retention period is set for this project. A coordinator sets it with &apos;fieldkit retention set --months N&apos;; it reaches the laptops with the next sync.</source>
        <translation>Для этого проекта не задан срок хранения. Координатор задаёт его командой &apos;fieldkit retention set --months N&apos;; он дойдёт до ноутбуков со следующей синхронизацией.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/privacy.py" line="298"/>
        <source>Only a laptop hands its people over to the coordinator; a coordinator&apos;s store keeps them.</source>
        <translation>Передавать своих участников координатору может только ноутбук; база координатора их хранит.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/report_filters.py" line="79"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>Период заканчивается ({end}) раньше, чем начинается ({start}).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/report_filters.py" line="109"/>
        <source>{place} is a {kind}, not an economic region; use --region for it.</source>
        <translation>{place} — не экономический район ({kind}); для него используйте --region.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/report_raw.py" line="181"/>
        <source>The raw export holds personal data, so only a coordinator makes it. On this laptop, export the report instead (xlsx, csv or pdf): it holds counts only, no names or contacts.</source>
        <translation>Исходный экспорт содержит персональные данные, поэтому его делает только координатор. На этом ноутбуке экспортируйте вместо него отчёт (xlsx, csv или pdf): в нём только числа, без имён и контактов.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/setup.py" line="145"/>
        <source>{path} is not a complete Field Kit enrolment file ({problem}). Ask your coordinator for it again.</source>
        <translation>{path} — неполный файл подключения Field Kit ({problem}). Попросите его у координатора ещё раз.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/setup.py" line="218"/>
        <source>The verified date of {number} ({date}) is in the future.</source>
        <translation>Дата проверки номера {number} ({date}) ещё не наступила.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/setup.py" line="231"/>
        <source>The number {number} is listed twice.</source>
        <translation>Номер {number} указан дважды.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/setup.py" line="235"/>
        <source>Say who verified the helpline numbers.</source>
        <translation>Укажите, кто проверил номера горячих линий.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/setup.py" line="244"/>
        <source>The laptop needs a name, for example &apos;Qazax-2&apos; or the officer&apos;s name.</source>
        <translation>Ноутбуку нужно имя, например &apos;Qazax-2&apos; или имя сотрудника.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/setup.py" line="246"/>
        <location filename="../fieldkit/store/open.py" line="99"/>
        <source>Role must be one of: {roles}.</source>
        <translation>Роль должна быть одной из: {roles}.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/setup.py" line="248"/>
        <source>Language must be one of: {languages}.</source>
        <translation>Язык должен быть одним из: {languages}.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/setup.py" line="260"/>
        <source>This data directory is already set up as device &apos;{name}&apos;. Nothing was changed.</source>
        <translation>Эта папка данных уже настроена как устройство &apos;{name}&apos;. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/setup.py" line="297"/>
        <source>The laptop is set up, but its settings could not be saved ({reason}). Check the free space, then set the language and home location again in Settings.</source>
        <translation>Ноутбук настроен, но его настройки не удалось сохранить ({reason}). Проверьте свободное место, затем снова задайте язык и основное место в Настройках.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/setup.py" line="353"/>
        <source>This laptop could not be set up: {reason}. Check the free space and the data directory ({data_dir}), then try again. Nothing was set up.</source>
        <translation>Не удалось настроить этот ноутбук: {reason}. Проверьте свободное место и папку данных ({data_dir}), затем попробуйте снова. Ничего не настроено.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/setup.py" line="388"/>
        <source>The number {number} is already in the list of helplines; tick it there instead.</source>
        <translation>Номер {number} уже есть в списке горячих линий; вместо этого отметьте его там.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/stock.py" line="49"/>
        <source>An adjustment of 0 changes nothing; give a positive or negative number.</source>
        <translation>Корректировка на 0 ничего не меняет; укажите положительное или отрицательное число.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/stock.py" line="54"/>
        <source>The quantity must be a positive whole number (got {quantity}).</source>
        <translation>Количество должно быть целым положительным числом (введено {quantity}).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/stock.py" line="74"/>
        <source>{quantity} is more than Field Kit accepts in one movement ({limit}).</source>
        <translation>{quantity} — больше, чем Field Kit принимает в одном движении ({limit}).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/stock.py" line="92"/>
        <source>Only {on_hand} of {code} in stock at {place}; this {kind} of {quantity} would take it below zero. Record the missing receipt first, or give a reason to record it anyway (--reason on the command line).</source>
        <translation>В наличии только {on_hand} шт. {code} ({place}); это движение ({kind}, {quantity}) опустит запас ниже нуля. Сначала запишите недостающее поступление или укажите причину, чтобы всё равно записать движение (--reason в командной строке).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/stock.py" line="192"/>
        <source>A transfer needs two different locations.</source>
        <translation>Для перемещения нужны два разных места.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/stock.py" line="204"/>
        <source>Undoing this {kind} of {quantity} would take the stock below zero (only {on_hand} on hand now, since some was handed out). Record a write-off or an adjustment instead.</source>
        <translation>Аннулирование этого движения ({kind}, {quantity}) опустит запас ниже нуля (часть уже выдана, и сейчас в наличии только {on_hand}). Вместо этого запишите списание или корректировку.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/stock.py" line="321"/>
        <source>No transfer with id {transfer_id}, or it was already undone.</source>
        <translation>Перемещения с id {transfer_id} нет, или оно уже аннулировано.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/stock.py" line="328"/>
        <source>Undoing this transfer would take the stock at the receiving location below zero (only {on_hand} on hand there now). Transfer the stock back instead.</source>
        <translation>Аннулирование этого перемещения опустит запас в месте получения ниже нуля (там сейчас в наличии только {on_hand}). Вместо этого переместите запас обратно.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/vocab.py" line="45"/>
        <source>{field} must be one of: {allowed} (got &apos;{value}&apos;).</source>
        <translation>Поле {field} должно быть одним из: {allowed} (получено: &apos;{value}&apos;).</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/encrypt.py" line="98"/>
        <source>{path} is in the way; move it elsewhere, then try again. Nothing was changed.</source>
        <translation>Мешает {path}: перенесите его в другое место и попробуйте снова. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/encrypt.py" line="135"/>
        <source>The store is open in another Field Kit window or command. Close it, then encrypt again; nothing was changed.</source>
        <translation>База открыта в другом окне или команде Field Kit. Закройте их и повторите шифрование; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/encrypt.py" line="155"/>
        <source>There is no store in {data_dir} to encrypt. Run &apos;fieldkit init&apos; first.</source>
        <translation>В {data_dir} нет базы для шифрования. Сначала выполните &apos;fieldkit init&apos;.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/encrypt.py" line="162"/>
        <source>The store in {data_dir} is already encrypted (or damaged).</source>
        <translation>База в {data_dir} уже зашифрована (или повреждена).</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/encrypt.py" line="168"/>
        <source>The store in {data_dir} is already encrypted. To change its passphrase, run &apos;fieldkit store rekey&apos;.</source>
        <translation>База в {data_dir} уже зашифрована. Чтобы сменить её парольную фразу, выполните &apos;fieldkit store rekey&apos;.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/encrypt.py" line="204"/>
        <source>The encrypted copy failed SQLite&apos;s integrity check; the plain store was kept unchanged.</source>
        <translation>Зашифрованная копия не прошла проверку целостности SQLite; незашифрованная база оставлена без изменений.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/encrypt.py" line="213"/>
        <source>The encrypted copy does not hold exactly what the plain store holds (was it changed meanwhile?); the plain store was kept unchanged. Try again.</source>
        <translation>Зашифрованная копия не совпадает в точности с незашифрованной базой (её тем временем изменили?); незашифрованная база оставлена без изменений. Попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/engine.py" line="128"/>
        <source>This store has no device identity yet. Run &apos;fieldkit init&apos; first.</source>
        <translation>У этой базы ещё нет идентификатора устройства. Сначала выполните &apos;fieldkit init&apos;.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/engine.py" line="134"/>
        <source>Field Kit is not set up in this data directory yet. Run &apos;fieldkit init --name NAME --role officer&apos; first.</source>
        <translation>В этой папке данных Field Kit ещё не настроен. Сначала выполните &apos;fieldkit init --name NAME --role officer&apos;.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/errors.py" line="76"/>
        <source>The disk is full. Free some space, then try again; nothing was saved.</source>
        <translation>Диск заполнен. Освободите место и попробуйте снова; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/errors.py" line="79"/>
        <source>The store is busy in another Field Kit window or command. Close it or wait, then try again.</source>
        <translation>База занята другим окном или командой Field Kit. Закройте их или подождите, затем попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/errors.py" line="82"/>
        <source>The store file cannot be written. Check the data directory&apos;s permissions.</source>
        <translation>Не удаётся записать файл базы. Проверьте права доступа к папке данных.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/errors.py" line="85"/>
        <source>The store file is damaged or is not a Field Kit store. Restore it from a backup in the data directory&apos;s &apos;backups&apos; folder.</source>
        <translation>Файл базы повреждён или это не база Field Kit. Восстановите её из резервной копии в папке &apos;backups&apos; папки данных.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/keys.py" line="121"/>
        <source>A PIN is {least} to {most} digits (0-9), nothing else.</source>
        <translation>PIN-код — это от {least} до {most} цифр (0-9), и ничего больше.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/keys.py" line="146"/>
        <source>No PIN unlocks this store now. Type the passphrase.</source>
        <translation>Сейчас эту базу не разблокирует ни один PIN-код. Введите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/keys.py" line="156"/>
        <source>{tries} wrong PINs: the PIN no longer works. Type the passphrase.</source>
        <translation>Неверных PIN-кодов: {tries}. PIN-код больше не действует. Введите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/keys.py" line="158"/>
        <source>That PIN is wrong; {left} tries left.</source>
        <translation>Неверный PIN-код; осталось попыток: {left}.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/keys.py" line="192"/>
        <source>The passphrase is empty. Choose one of at least a few words; it cannot be recovered.</source>
        <translation>Парольная фраза пуста. Выберите фразу хотя бы из нескольких слов; восстановить её будет нельзя.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/keys.py" line="254"/>
        <source>The store in {data_dir} is encrypted, but its key file {keys_file} is missing. Put back the {keys_file} that was made with this store; without it the store cannot be opened, not even with the recovery key.</source>
        <translation>База в {data_dir} зашифрована, но её файла ключей {keys_file} нет. Верните {keys_file}, созданный вместе с этой базой: без него базу не открыть, даже ключом восстановления.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/keys.py" line="264"/>
        <source>The key file {path} cannot be read ({reason}). Put back a copy of it.</source>
        <translation>Не удаётся прочитать файл ключей {path} ({reason}). Верните его копию.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/keys.py" line="270"/>
        <source>{path} is not a Field Kit key file. Put back the {keys_file} made with this store.</source>
        <translation>{path} — не файл ключей Field Kit. Верните {keys_file}, созданный вместе с этой базой.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/keys.py" line="278"/>
        <source>{path} was written by a newer Field Kit. Install the newer Field Kit to open this store.</source>
        <translation>Файл {path} записан более новой версией Field Kit. Чтобы открыть эту базу, установите новую версию Field Kit.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/keys.py" line="320"/>
        <source>{path} already exists and this passphrase does not open it. It may still be needed for encrypted backups: move it somewhere safe first, or use its passphrase.</source>
        <translation>{path} уже существует, и эта парольная фраза его не открывает. Он может ещё понадобиться для зашифрованных резервных копий: сначала перенесите его в надёжное место или используйте его парольную фразу.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/keys.py" line="354"/>
        <source>That recovery key does not unlock the store in {data_dir}. Nothing was read or changed.</source>
        <translation>Этот ключ восстановления не разблокирует базу в {data_dir}. Ничего не прочитано и не изменено.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/keys.py" line="360"/>
        <source>That passphrase does not unlock the store in {data_dir}. Nothing was read or changed.</source>
        <translation>Эта парольная фраза не разблокирует базу в {data_dir}. Ничего не прочитано и не изменено.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/migrate.py" line="37"/>
        <source>The store file cannot be read ({reason}). It may be damaged or not a Field Kit store; restore it from a backup in the &apos;backups&apos; folder of the data directory.</source>
        <translation>Не удаётся прочитать файл базы ({reason}). Возможно, он повреждён или это не база Field Kit; восстановите её из резервной копии в папке &apos;backups&apos; папки данных.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/migrate.py" line="73"/>
        <source>This store was written by a newer Field Kit (schema {revision}; this app knows up to {head}). Install the newer Field Kit to open it; the store was not changed.</source>
        <translation>Эта база записана более новой версией Field Kit (схема {revision}; это приложение знает схемы до {head}). Чтобы открыть её, установите новую версию Field Kit; база не изменена.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/open.py" line="36"/>
        <source>The store in {data_dir} is encrypted: it opens only with its passphrase (or its recovery key).</source>
        <translation>База в {data_dir} зашифрована: она открывается только парольной фразой (или ключом восстановления).</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/open.py" line="43"/>
        <source>The key in {keys_file} does not open the store in {data_dir}: one of the two was copied from another data directory, or the store is damaged. Nothing was changed; put back the matching files, or restore a backup from the &apos;backups&apos; folder.</source>
        <translation>Ключ из {keys_file} не открывает базу в {data_dir}: один из двух файлов скопирован из другой папки данных, или база повреждена. Ничего не изменено; верните подходящие файлы или восстановите резервную копию из папки &apos;backups&apos;.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/open.py" line="65"/>
        <source>There is no Field Kit store in {data_dir}. Run &apos;fieldkit init --name NAME --role officer&apos; to set up this laptop.</source>
        <translation>В {data_dir} нет базы Field Kit. Чтобы настроить этот ноутбук, выполните &apos;fieldkit init --name NAME --role officer&apos;.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/open.py" line="81"/>
        <source>{problem} If it is an encrypted store, its key file {keys_file} is missing from {data_dir}: put it back.</source>
        <translation>{problem} Если это зашифрованная база, в {data_dir} нет её файла ключей {keys_file}: верните его.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/open.py" line="102"/>
        <source>The device needs a name, for example &apos;Qazax-2&apos; or the officer&apos;s name.</source>
        <translation>Устройству нужно имя, например &apos;Qazax-2&apos; или имя сотрудника.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/open.py" line="105"/>
        <source>This data directory is already set up as device &apos;{name}&apos; ({device_id}). Nothing was changed.</source>
        <translation>Эта папка данных уже настроена как устройство &apos;{name}&apos; ({device_id}). Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/open.py" line="134"/>
        <source>This store has no identity to renew. Run &apos;fieldkit init&apos; first.</source>
        <translation>У этой базы нет идентификатора, который можно обновить. Сначала выполните &apos;fieldkit init&apos;.</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="158"/>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="158"/>
        <source>Edit event</source>
        <translation>Изменить мероприятие</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="160"/>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="161"/>
        <source>&amp;Kind</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="162"/>
        <source>&amp;From</source>
        <translation>Нача&amp;ло</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="163"/>
        <source>&amp;Location</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="164"/>
        <source>&amp;Organiser</source>
        <translation>&amp;Организатор</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="165"/>
        <source>Pa&amp;rtners</source>
        <translation>&amp;Партнёры</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="166"/>
        <source>Au&amp;dience</source>
        <translation>&amp;Аудитория</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="167"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="168"/>
        <source>&amp;Notes</source>
        <translation>Приме&amp;чания</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="172"/>
        <source>&amp;Pillar</source>
        <translation>Напра&amp;вление</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="173"/>
        <source>&amp;Until</source>
        <translation>О&amp;кончание</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="174"/>
        <source>St&amp;atus</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="175"/>
        <source>e.g. Round-table with border guards in Qazax</source>
        <translation>напр. Круглый стол с пограничниками в Газахе</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="176"/>
        <source>e.g. border guards, teachers, students</source>
        <translation>напр. пограничники, учителя, студенты</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="177"/>
        <source>Type part of a name or a code</source>
        <translation>Введите часть названия или кода</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="178"/>
        <source>Tick the partner agencies (Space ticks the current one)</source>
        <translation>Отметьте организации-партнёры (Пробел отмечает текущую)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="179"/>
        <source>Enter starts a new line here; Ctrl+Enter saves</source>
        <translation>Здесь Enter начинает новую строку; Ctrl+Enter сохраняет</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="191"/>
        <location filename="../fieldkit/ui/event_editor.py" line="194"/>
        <location filename="../fieldkit/ui/event_editor.py" line="196"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../fieldkit/ui/pages/events_filters.py" line="24"/>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_filters.py" line="25"/>
        <source>Today and later</source>
        <translation>Сегодня и позже</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_filters.py" line="26"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_filters.py" line="27"/>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_filters.py" line="28"/>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_filters.py" line="29"/>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_filters.py" line="30"/>
        <source>Dates…</source>
        <translation>Даты…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_page.py" line="172"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_page.py" line="175"/>
        <source>Search titles, places and audiences (Ctrl+F)</source>
        <translation>Поиск по названиям, местам и аудиториям (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_page.py" line="176"/>
        <source>&amp;New event…</source>
        <translation>&amp;Новое мероприятие…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_page.py" line="177"/>
        <source>Plan or record an event (Ctrl+N)</source>
        <translation>Запланировать или записать мероприятие (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <location filename="../fieldkit/ui/pages/events_page.py" line="252"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n мероприятие</numerusform>
            <numerusform>%n мероприятия</numerusform>
            <numerusform>%n мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fieldkit/ui/pages/events_page.py" line="254"/>
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 из %n мероприятия</numerusform>
            <numerusform>%1 из %n мероприятий</numerusform>
            <numerusform>%1 из %n мероприятий</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_page.py" line="330"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_page.py" line="343"/>
        <source>Mark as held</source>
        <translation>Отметить как проведённое</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_page.py" line="347"/>
        <source>Marked as held.</source>
        <translation>Отмечено как проведённое.</translation>
    </message>
    <message numerus="yes">
        <location filename="../fieldkit/ui/pages/event_detail.py" line="204"/>
        <source>Sign-in sheet saved: %1 (%n page(s)).</source>
        <translation>
            <numerusform>Лист регистрации сохранён: %1 (%n страница).</numerusform>
            <numerusform>Лист регистрации сохранён: %1 (%n страницы).</numerusform>
            <numerusform>Лист регистрации сохранён: %1 (%n страниц).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/event_detail.py" line="119"/>
        <source>Choose an event to see who came, check people in and count them.</source>
        <translation>Выберите мероприятие, чтобы увидеть, кто пришёл, отметить и посчитать участников.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/event_detail.py" line="120"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/event_detail.py" line="121"/>
        <source>Change the event&apos;s details (Ctrl+E)</source>
        <translation>Изменить данные мероприятия (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/event_detail.py" line="122"/>
        <source>Mark as &amp;held</source>
        <translation>Отметить &amp;как проведённое</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/event_detail.py" line="123"/>
        <source>&amp;Print sign-in sheet…</source>
        <translation>&amp;Печать листа регистрации…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/event_detail.py" line="124"/>
        <source>A paper sheet for when the laptop is not at hand, saved as PDF</source>
        <translation>Бумажный лист на случай, когда ноутбука нет под рукой; сохраняется в PDF</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/event_detail.py" line="125"/>
        <source>Headcount sheet (no names)</source>
        <translation>Лист подсчёта (без имён)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/event_detail.py" line="126"/>
        <source>Sheet with names, contacts and consent</source>
        <translation>Лист с именами, контактами и согласием</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/event_detail.py" line="127"/>
        <source>A&amp;ttendance</source>
        <translation>При&amp;сутствие</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/event_detail.py" line="128"/>
        <source>Hea&amp;dcount</source>
        <translation>По&amp;дсчёт</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/event_detail.py" line="177"/>
        <source>Print sign-in sheet</source>
        <translation>Печать листа регистрации</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/event_detail.py" line="178"/>
        <source>No helpline is set up, and every sheet prints it. Add one in Settings first.</source>
        <translation>Горячая линия не задана, а она печатается на каждом листе. Сначала добавьте её в Настройках.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/event_detail.py" line="182"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/event_detail.py" line="182"/>
        <source>Save the sign-in sheet</source>
        <translation>Сохранить лист регистрации</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/event_detail.py" line="197"/>
        <source>Printing the sign-in sheet</source>
        <translation>Печать листа регистрации</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_filters.py" line="76"/>
        <source>From</source>
        <translation>С даты</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_filters.py" line="77"/>
        <source>To</source>
        <translation>По дату</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_filters.py" line="80"/>
        <source>C&amp;lear filters</source>
        <translation>С&amp;бросить фильтры</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_filters.py" line="92"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_filters.py" line="93"/>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_filters.py" line="94"/>
        <source>All pillars</source>
        <translation>Все направления</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_filters.py" line="95"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_filters.py" line="99"/>
        <source>Economic region</source>
        <translation>Экономический район</translation>
    </message>
</context>
<context>
    <name>EventsTableModel</name>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="76"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="77"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="78"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="79"/>
        <source>Pillar</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="80"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="81"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="82"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="83"/>
        <source>People</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="264"/>
        <source>%1 checked in by name, %2 counted</source>
        <translation>отмечено по имени: %1, посчитано: %2</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="290"/>
        <source>Set up Field Kit</source>
        <translation>Настройка Field Kit</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="291"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="292"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="293"/>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="294"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="343"/>
        <source>Set-up failed unexpectedly: %1</source>
        <translation>Настройка неожиданно не удалась: %1</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="328"/>
        <source>Record a handout</source>
        <translation>Записать выдачу</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="329"/>
        <source>&amp;Material</source>
        <translation>&amp;Материал</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="330"/>
        <source>&amp;Quantity handed out</source>
        <translation>&amp;Количество</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="331"/>
        <source>Handed out &amp;at</source>
        <translation>Где &amp;выдано</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="332"/>
        <source>&amp;Event</source>
        <translation>Меро&amp;приятие</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="333"/>
        <source>(no event)</source>
        <translation>(без мероприятия)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="334"/>
        <source>&amp;When</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="335"/>
        <source>&amp;Note</source>
        <translation>&amp;Заметка</translation>
    </message>
</context>
<context>
    <name>HeadcountPanel</name>
    <message>
        <location filename="../fieldkit/ui/headcount.py" line="110"/>
        <location filename="../fieldkit/ui/headcount.py" line="111"/>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/headcount.py" line="112"/>
        <source>&amp;Save headcount</source>
        <translation>Со&amp;хранить подсчёт</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/headcount.py" line="113"/>
        <source>Enter also saves</source>
        <translation>Enter тоже сохраняет</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/headcount.py" line="114"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/headcount.py" line="146"/>
        <source>People counted without names. Pupils and other under-18s are only ever counted here.</source>
        <translation>Люди, посчитанные без имён. Школьники и другие лица до 18 лет учитываются только здесь.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/headcount.py" line="148"/>
        <source>A further %1 are counted in named groups (not shown here).</source>
        <translation>Ещё %1 чел. учтены в других группах (здесь не показаны).</translation>
    </message>
    <message numerus="yes">
        <location filename="../fieldkit/ui/headcount.py" line="176"/>
        <source>Saved: %n people counted.</source>
        <translation>
            <numerusform>Сохранено: учтён %n человек.</numerusform>
            <numerusform>Сохранено: учтено %n человека.</numerusform>
            <numerusform>Сохранено: учтено %n человек.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelplineDraftModel</name>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="65"/>
        <source>Use</source>
        <translation>Использовать</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="66"/>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="67"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="68"/>
        <source>Verified on</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="143"/>
        <source>Not verified</source>
        <translation>Не проверен</translation>
    </message>
</context>
<context>
    <name>HelplinesPage</name>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="235"/>
        <source>Helpline</source>
        <translation>Горячая линия</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="237"/>
        <source>The number printed on every leaflet, and the day someone dialled it and got through.</source>
        <translation>Номер, печатаемый на каждой листовке, и день, когда кто-то позвонил по нему и дозвонился.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="241"/>
        <source>Tick the helplines this laptop uses. Double-click a date to change it. To add a number, type it below: the full international number starting with +994, or a short code.</source>
        <translation>Отметьте горячие линии, которые использует этот ноутбук. Дважды щёлкните дату, чтобы изменить её. Чтобы добавить номер, введите его ниже: полный международный номер, начиная с +994, или короткий номер.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="245"/>
        <source>&amp;Label</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="246"/>
        <source>e.g. National helpline</source>
        <translation>напр. Национальная горячая линия</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="247"/>
        <source>N&amp;umber</source>
        <translation>Н&amp;омер</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="249"/>
        <source>I dialled it and reached the helpline on</source>
        <translation>Я позвонил и дозвонился на горячую линию:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="250"/>
        <source>&amp;Add helpline</source>
        <translation>&amp;Добавить линию</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="251"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="254"/>
        <source>You can go on without one: your coordinator&apos;s helplines arrive with the next sync, and printing asks you to confirm a number that was never verified.</source>
        <translation>Можно продолжить и без неё: горячие линии координатора придут со следующей синхронизацией, а при печати вас попросят подтвердить номер, который ни разу не проверялся.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="273"/>
        <source>Type the helpline number first.</source>
        <translation>Сначала введите номер горячей линии.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="283"/>
        <source>Give the number a label, e.g. National helpline.</source>
        <translation>Дайте номеру название, напр. «Национальная горячая линия».</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="287"/>
        <source>%1 is already in the list.</source>
        <translation>%1 уже есть в списке.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="58"/>
        <source>&amp;New event</source>
        <translation>&amp;Новое мероприятие</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="59"/>
        <source>&amp;Check in participants</source>
        <translation>&amp;Отметить участников</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="60"/>
        <source>&amp;Tally handouts</source>
        <translation>&amp;Считать выдачу</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="61"/>
        <source>&amp;Receive stock</source>
        <translation>&amp;Поступление материалов</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="62"/>
        <source>&amp;Print leaflets</source>
        <translation>Напечатать &amp;листовки</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="63"/>
        <source>Add a p&amp;erson</source>
        <translation>Добавить &amp;участника</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="64"/>
        <source>E&amp;xport for the coordinator</source>
        <translation>&amp;Экспорт для координатора</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="65"/>
        <source>&amp;Import laptops&apos; files</source>
        <translation>&amp;Импорт файлов ноутбуков</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="66"/>
        <source>Setti&amp;ngs</source>
        <translation>Н&amp;астройки</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="79"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="80"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="81"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="82"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="83"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="153"/>
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="154"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="155"/>
        <source>On hand</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="295"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="299"/>
        <source>Quick actions</source>
        <translation>Быстрые действия</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="303"/>
        <source>Today and the next %1 days</source>
        <translation>Сегодня и ближайшие дни (%1)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="304"/>
        <source>No events planned for the next two weeks. Press New event to plan one.</source>
        <translation>На ближайшие две недели мероприятий нет. Нажмите «Новое мероприятие», чтобы запланировать.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="305"/>
        <source>Stock running low</source>
        <translation>Запасы на исходе</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="306"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="307"/>
        <source>Open S&amp;ync</source>
        <translation>Открыть син&amp;хронизацию</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="318"/>
        <source>Hello, %1</source>
        <translation>Здравствуйте, %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="326"/>
        <source>not chosen yet (Settings)</source>
        <translation>ещё не выбрано (Настройки)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="328"/>
        <source>%1 · Home location: %2</source>
        <translation>%1 · Основное место: %2</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="332"/>
        <source>This month: %1 event(s), %2 item(s) handed out · %3 people on record · %4 material(s)</source>
        <translation>За месяц: мероприятий — %1, выдано — %2 шт. · людей в базе — %3 · материалов — %4</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="339"/>
        <source>Nothing below %1 at your locations.</source>
        <translation>В ваших местах нет ничего ниже %1.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="352"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="354"/>
        <source>Changes waiting to be sent: %1</source>
        <translation>Изменений, ожидающих отправки: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="355"/>
        <source>Last export: %1</source>
        <translation>Последний экспорт: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="356"/>
        <source>Last import: %1</source>
        <translation>Последний импорт: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="362"/>
        <source>%1 gap(s): a bundle is missing. Ask for it again.</source>
        <translation>Пропусков: %1 — не хватает пакета. Запросите его снова.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="368"/>
        <source>%1 file(s) wait until you approve their laptop.</source>
        <translation>Файлов, ожидающих одобрения ноутбука: %1.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="110"/>
        <source>Today (until %1)</source>
        <translation>Сегодня (до %1)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="111"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="113"/>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
</context>
<context>
    <name>HubPanel</name>
    <message>
        <location filename="../fieldkit/ui/sync_hub_panel.py" line="63"/>
        <source>Automatic sync</source>
        <translation>Автоматическая синхронизация</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_hub_panel.py" line="64"/>
        <source>Hub:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_hub_panel.py" line="65"/>
        <source>Shared folder:</source>
        <translation>Общая папка:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_hub_panel.py" line="66"/>
        <source>Sync &amp;now</source>
        <translation>Синхронизировать &amp;сейчас</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_hub_panel.py" line="71"/>
        <source>No round yet.</source>
        <translation>Синхронизаций ещё не было.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_hub_panel.py" line="73"/>
        <source>succeeded.</source>
        <translation>успешно.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_hub_panel.py" line="76"/>
        <source>%1 changes sent, %2 received.</source>
        <translation>отправлено изм.: %1, получено: %2.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_hub_panel.py" line="80"/>
        <source>Nothing new either way.</source>
        <translation>Нового нет ни с одной стороны.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_hub_panel.py" line="85"/>
        <source>Last round %1: %2</source>
        <translation>Последняя синхронизация %1: %2</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_hub_panel.py" line="97"/>
        <source>None: load the hub&apos;s enrolment file in Settings (Device and coordinator).</source>
        <translation>Нет: загрузите файл подключения сервера в Настройках (Устройство и координатор).</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_hub_panel.py" line="101"/>
        <source>None: choose one in Settings (Device and coordinator).</source>
        <translation>Нет: выберите её в Настройках (Устройство и координатор).</translation>
    </message>
</context>
<context>
    <name>KeysPanel</name>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="102"/>
        <source>This device</source>
        <translation>Это устройство</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="104"/>
        <source>Device id</source>
        <translation>ID устройства</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="104"/>
        <source>Key fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="107"/>
        <location filename="../fieldkit/ui/settings_data.py" line="112"/>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="107"/>
        <source>Its key fingerprint</source>
        <translation>Отпечаток его ключа</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="107"/>
        <source>Hub address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="113"/>
        <source>A coordinator compares this before approving this laptop.</source>
        <translation>Координатор сверяет это перед одобрением ноутбука.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="114"/>
        <source>Take a &amp;new device identity…</source>
        <translation>Получить &amp;новый идентификатор…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="134"/>
        <source>Recording is paused: %1</source>
        <translation>Запись приостановлена: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="141"/>
        <source>This is a coordinator: laptops enrol with it. Write an enrolment file with &apos;fieldkit enroll --out FILE&apos; and hand it over in person.</source>
        <translation>Это координатор: ноутбуки подключаются к нему. Создайте файл подключения командой &apos;fieldkit enroll --out FILE&apos; и передайте его лично.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="146"/>
        <source>This laptop is enrolled: its bundles are encrypted to this key.</source>
        <translation>Ноутбук подключён: его пакеты шифруются этим ключом.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="150"/>
        <source>This laptop is not enrolled with a coordinator, so its bundles are not encrypted and wait for approval. Load the enrolment file your coordinator gave you.</source>
        <translation>Ноутбук не подключён к координатору, поэтому его пакеты не шифруются и ждут одобрения. Загрузите файл подключения, который дал вам координатор.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="157"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="162"/>
        <source>Load another &amp;enrolment file…</source>
        <translation>Загрузить другой &amp;файл подключения…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="162"/>
        <source>Load an &amp;enrolment file…</source>
        <translation>Загрузить &amp;файл подключения…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="167"/>
        <source>Enrolment file</source>
        <translation>Файл подключения</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="167"/>
        <source>Enrolment files (*.json);;All files (*)</source>
        <translation>Файлы подключения (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="181"/>
        <source>Enrolled with %1. Check its key fingerprint with your coordinator: %2</source>
        <translation>Подключено к %1. Сверьте отпечаток ключа с координатором: %2</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="193"/>
        <location filename="../fieldkit/ui/settings_data.py" line="204"/>
        <source>New device identity</source>
        <translation>Новый идентификатор устройства</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="195"/>
        <source>This store was copied or restored. Give it a new device identity so its new records cannot collide with the original&apos;s? All records are kept.</source>
        <translation>Эта база скопирована или восстановлена. Дать ей новый идентификатор устройства, чтобы её новые записи не совпали с записями оригинала? Все записи сохранятся.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="42"/>
        <source>Prevention</source>
        <translation>Профилактика</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="43"/>
        <source>Protection</source>
        <translation>Защита</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="44"/>
        <source>Prosecution</source>
        <translation>Уголовное преследование</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="45"/>
        <source>Partnership</source>
        <translation>Партнёрство</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="48"/>
        <location filename="../fieldkit/ui/participants_model.py" line="62"/>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="49"/>
        <location filename="../fieldkit/ui/participants_model.py" line="63"/>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="50"/>
        <location filename="../fieldkit/ui/labels.py" line="20"/>
        <location filename="../fieldkit/ui/participants_model.py" line="64"/>
        <location filename="../fieldkit/ui/stock_models.py" line="36"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="51"/>
        <location filename="../fieldkit/ui/participants_model.py" line="65"/>
        <source>Not said</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="54"/>
        <location filename="../fieldkit/ui/participants_model.py" line="71"/>
        <source>Under 18</source>
        <translation>До 18 лет</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="59"/>
        <location filename="../fieldkit/ui/participants_model.py" line="76"/>
        <source>Age not known</source>
        <translation>Возраст неизвестен</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="62"/>
        <source>Azerbaijani</source>
        <translation>Азербайджанский</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="63"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="64"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="67"/>
        <location filename="../fieldkit/ui/participants_model.py" line="82"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="68"/>
        <location filename="../fieldkit/ui/participants_model.py" line="83"/>
        <source>Facilitator</source>
        <translation>Ведущий</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="69"/>
        <location filename="../fieldkit/ui/participants_model.py" line="84"/>
        <source>Speaker</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="70"/>
        <location filename="../fieldkit/ui/participants_model.py" line="85"/>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="10"/>
        <source>Regional officer</source>
        <translation>Региональный сотрудник</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="11"/>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="14"/>
        <source>Round-table</source>
        <translation>Круглый стол</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="15"/>
        <source>Workshop</source>
        <translation>Семинар</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="16"/>
        <source>Training</source>
        <translation>Тренинг</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="17"/>
        <source>Awareness session</source>
        <translation>Информационная встреча</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="18"/>
        <source>Campaign activity</source>
        <translation>Акция кампании</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="19"/>
        <source>Screening</source>
        <translation>Кинопоказ</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="23"/>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="24"/>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="25"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="29"/>
        <source>A4 tri-fold brochure</source>
        <translation>Буклет A4 в три сложения</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="30"/>
        <source>A5 leaflet</source>
        <translation>Листовка A5</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="31"/>
        <source>A6 pocket card</source>
        <translation>Карманная карточка A6</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="32"/>
        <source>A3 poster</source>
        <translation>Плакат A3</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="33"/>
        <source>A2 poster</source>
        <translation>Плакат A2</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="34"/>
        <source>Sign-in sheet</source>
        <translation>Лист регистрации</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="31"/>
        <source>Brochure</source>
        <translation>Буклет</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="32"/>
        <source>Leaflet</source>
        <translation>Листовка</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="33"/>
        <source>Poster</source>
        <translation>Плакат</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="34"/>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="35"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="42"/>
        <source>Receipt</source>
        <translation>Поступление</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="43"/>
        <source>Print run</source>
        <translation>Тираж</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="44"/>
        <source>Transfer in</source>
        <translation>Перемещение (приход)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="45"/>
        <source>Handout</source>
        <translation>Выдача</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="46"/>
        <source>Transfer out</source>
        <translation>Перемещение (расход)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="47"/>
        <source>Write-off</source>
        <translation>Списание</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="48"/>
        <source>Adjustment</source>
        <translation>Корректировка</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="41"/>
        <source>District or city</source>
        <translation>Район или город</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="42"/>
        <source>Border crossing</source>
        <translation>Пункт пропуска</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="43"/>
        <source>Airport</source>
        <translation>Аэропорт</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="44"/>
        <source>Metro station</source>
        <translation>Станция метро</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="45"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="46"/>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="47"/>
        <source>Venue</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="48"/>
        <source>Other place</source>
        <translation>Другое место</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="83"/>
        <source>Welcome to Field Kit</source>
        <translation>Добро пожаловать в Field Kit</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="84"/>
        <source>A few questions set up this laptop. Nothing is saved until you press Finish.</source>
        <translation>Несколько вопросов — и ноутбук настроен. Ничего не сохраняется, пока вы не нажмёте «Готово».</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="85"/>
        <source>Choose the language of the application. You can change it later in Settings.</source>
        <translation>Выберите язык приложения. Его можно позже изменить в Настройках.</translation>
    </message>
</context>
<context>
    <name>LeafletsPage</name>
    <message>
        <location filename="../fieldkit/ui/pages/leaflets_page.py" line="30"/>
        <source>Leaflets</source>
        <translation>Листовки</translation>
    </message>
</context>
<context>
    <name>LeafletsPanel</name>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="78"/>
        <source>Azerbaijani</source>
        <translation>Азербайджанский</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="78"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="78"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="86"/>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="87"/>
        <source>Side by side</source>
        <translation>Рядом</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="88"/>
        <source>Stacked</source>
        <translation>Друг под другом</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="95"/>
        <source>I have checked this number: it reaches the helpline</source>
        <translation>Я проверил этот номер: он ведёт на горячую линию</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="102"/>
        <source>Print-shop PDF (3 mm bleed, crop marks, CMYK)</source>
        <translation>PDF для типографии (вылет 3 мм, метки, CMYK)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="105"/>
        <source>Optional: one personalised line per copy, e.g. Distributed at Qırmızı Körpü</source>
        <translation>Необязательно: по одной персональной строке на экземпляр, напр. «Роздано в Qırmızı Körpü»</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="110"/>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="111"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="112"/>
        <source>Bilingual layout</source>
        <translation>Двуязычная вёрстка</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="113"/>
        <source>Helpline</source>
        <translation>Горячая линия</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="116"/>
        <source>The event printed on a sign-in sheet, and recorded with the print run</source>
        <translation>Мероприятие, печатаемое на листе регистрации и записываемое вместе с тиражом</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="117"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="118"/>
        <source>Personalised lines</source>
        <translation>Персональные строки</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="119"/>
        <source>Material printed</source>
        <translation>Печатаемый материал</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="120"/>
        <source>Recorded at</source>
        <translation>Место учёта</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="121"/>
        <source>Copies</source>
        <translation>Экземпляров</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="124"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="126"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="128"/>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="130"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="168"/>
        <source>(do not record a print run)</source>
        <translation>(не записывать тираж)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="179"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="192"/>
        <source>No helpline is set up. Add one in Settings first.</source>
        <translation>Горячая линия не задана. Сначала добавьте её в Настройках.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="194"/>
        <source>This number has never been verified.</source>
        <translation>Этот номер ни разу не проверялся.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="197"/>
        <source>Verified on %1 by %2</source>
        <translation>Проверен %1 (%2)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="233"/>
        <source>Choose a helpline and at least one language.</source>
        <translation>Выберите горячую линию и хотя бы один язык.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="254"/>
        <source>Rendering…</source>
        <translation>Подготовка…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="262"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="273"/>
        <source>%1 page(s), %2 item(s).</source>
        <translation>Страниц: %1, экземпляров: %2.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="278"/>
        <source>Print on both sides, flipping on the short edge.</source>
        <translation>Печатайте с двух сторон, с переворотом по короткому краю.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="280"/>
        <source>Print on both sides, flipping on the long edge.</source>
        <translation>Печатайте с двух сторон, с переворотом по длинному краю.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="298"/>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="298"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="304"/>
        <source>Could not save</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="306"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="337"/>
        <source>Printing failed or was cancelled; no print run was recorded.</source>
        <translation>Печать не удалась или отменена; тираж не записан.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="378"/>
        <source>Printed, but no location is chosen, so no print run was recorded.</source>
        <translation>Напечатано, но место не выбрано, поэтому тираж не записан.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="387"/>
        <source>printed from the app</source>
        <translation>напечатано из приложения</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="392"/>
        <source>Printed. Print run recorded: %1.</source>
        <translation>Напечатано. Тираж записан: %1.</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="225"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="225"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="225"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="225"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="225"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="226"/>
        <source>Forced because</source>
        <translation>Принудительно, причина</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="226"/>
        <location filename="../fieldkit/ui/stock_models.py" line="269"/>
        <source>Voided</source>
        <translation>Аннулировано</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="186"/>
        <source>Region and home location</source>
        <translation>Регион и основное место</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="187"/>
        <source>Where this laptop is based: its stock is kept there and its events are held nearby.</source>
        <translation>Где находится ноутбук: там хранится его запас, а мероприятия проходят поблизости.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="188"/>
        <source>Choose your economic region, then find your district, border crossing or office.</source>
        <translation>Выберите экономический район, затем найдите свой район, пункт пропуска или офис.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="189"/>
        <source>&amp;Economic region</source>
        <translation>&amp;Экономический район</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="190"/>
        <source>&amp;Find a place</source>
        <translation>&amp;Найти место</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="191"/>
        <source>Type part of a name, e.g. Qazax or Qirmizi</source>
        <translation>Введите часть названия, напр. Qazax или Qirmizi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="192"/>
        <source>Places whose region is not recorded are listed under every region.</source>
        <translation>Места без указанного региона показаны в каждом регионе.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="207"/>
        <source>(all regions)</source>
        <translation>(все регионы)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../fieldkit/ui/autolock.py" line="83"/>
        <source>Field Kit is locked</source>
        <translation>Field Kit заблокирован</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="149"/>
        <source>Field Kit</source>
        <translation>Field Kit</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="150"/>
        <source>Take a new device identity</source>
        <translation>Получить новый идентификатор устройства</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="156"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="191"/>
        <location filename="../fieldkit/ui/main_window.py" line="303"/>
        <source>Field Kit cannot open its store</source>
        <translation>Field Kit не может открыть базу</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="201"/>
        <source>Not set up yet</source>
        <translation>Ещё не настроено</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="363"/>
        <source>Recording is paused: %1</source>
        <translation>Запись приостановлена: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="378"/>
        <source>● Online</source>
        <translation>● В сети</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="379"/>
        <source>○ Offline</source>
        <translation>○ Не в сети</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="380"/>
        <source>Network: unknown</source>
        <translation>Сеть: неизвестно</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="384"/>
        <source>Field Kit works offline. Bundles can always travel by USB stick or shared folder.</source>
        <translation>Field Kit работает без сети. Пакеты всегда можно передать на USB-накопителе или через общую папку.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="402"/>
        <source>Sync state unavailable</source>
        <translation>Состояние синхронизации недоступно</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="405"/>
        <source>Waiting to sync: %1 changes</source>
        <translation>Ждут синхронизации: %1 изм.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="412"/>
        <source>Last sync: %1</source>
        <translation>Последняя синхронизация: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="414"/>
        <source>Never synced</source>
        <translation>Синхронизации не было</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="425"/>
        <source>New device identity</source>
        <translation>Новый идентификатор устройства</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="427"/>
        <source>This store was copied or restored. Give it a new device identity so its new records cannot collide with the original&apos;s? All records are kept.</source>
        <translation>Эта база скопирована или восстановлена. Дать ей новый идентификатор устройства, чтобы её новые записи не совпали с записями оригинала? Все записи сохранятся.</translation>
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="104"/>
        <source>New material</source>
        <translation>Новый материал</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="104"/>
        <source>Edit material</source>
        <translation>Изменить материал</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="105"/>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="106"/>
        <source>e.g. LF-2026-01</source>
        <translation>напр. LF-2026-01</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="107"/>
        <source>&amp;Kind</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="110"/>
        <source>Title (&amp;Azerbaijani)</source>
        <translation>Название (&amp;азерб.)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="111"/>
        <source>Title (&amp;English)</source>
        <translation>Название (а&amp;нгл.)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="112"/>
        <source>Title (&amp;Russian)</source>
        <translation>Название (&amp;рус.)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="113"/>
        <source>&amp;Version</source>
        <translation>&amp;Версия</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="114"/>
        <source>Languages printed</source>
        <translation>Языки печати</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="115"/>
        <source>Azerbaijani</source>
        <translation>Азербайджанский</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="116"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="117"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="118"/>
        <source>Acti&amp;ve (offered for handouts and in tally mode)</source>
        <translation>Акт&amp;ивен (предлагается для выдачи и в режиме счётчика)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="119"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="120"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>MaterialsModel</name>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="119"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="119"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="119"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="119"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="119"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="120"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="146"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="146"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="109"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="110"/>
        <source>The name this laptop goes by.</source>
        <translation>Имя, под которым известен этот ноутбук.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="113"/>
        <source>Your coordinator sees this name on everything this laptop sends, and it is recorded as the person who verified the helpline. Use your own name or the laptop&apos;s, e.g. Qazax-2.</source>
        <translation>Координатор видит это имя на всём, что отправляет ноутбук, и оно записывается как имя проверившего горячую линию. Укажите своё имя или имя ноутбука, напр. Qazax-2.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="117"/>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="118"/>
        <source>e.g. Aysel Məmmədova or Qazax-2</source>
        <translation>напр. Aysel Məmmədova или Qazax-2</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="122"/>
        <source>Type a name: blank spaces are not one.</source>
        <translation>Введите имя: одни пробелы — не имя.</translation>
    </message>
</context>
<context>
    <name>NewParticipantForm</name>
    <message>
        <location filename="../fieldkit/ui/new_participant_form.py" line="88"/>
        <source>&lt;b&gt;New participant&lt;/b&gt;</source>
        <translation>&lt;b&gt;Новый участник&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/new_participant_form.py" line="90"/>
        <source>Na&amp;me</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/new_participant_form.py" line="91"/>
        <source>&amp;Sex</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/new_participant_form.py" line="92"/>
        <source>Age &amp;band</source>
        <translation>&amp;Возраст</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/new_participant_form.py" line="93"/>
        <source>Agenc&amp;y</source>
        <translation>Орга&amp;низация</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/new_participant_form.py" line="94"/>
        <source>Pos&amp;ition</source>
        <translation>До&amp;лжность</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/new_participant_form.py" line="95"/>
        <source>Ph&amp;one</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/new_participant_form.py" line="96"/>
        <source>Re&amp;gion</source>
        <translation>&amp;Регион</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/new_participant_form.py" line="100"/>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/new_participant_form.py" line="101"/>
        <source>The person &amp;agrees to this (read it to them):</source>
        <translation>Человек &amp;согласен с этим (прочитайте ему):</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/new_participant_form.py" line="102"/>
        <source>Sa&amp;ve and check in</source>
        <translation>Сохранить и &amp;отметить</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/new_participant_form.py" line="103"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/new_participant_form.py" line="114"/>
        <location filename="../fieldkit/ui/new_participant_form.py" line="118"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/new_participant_form.py" line="140"/>
        <source>Consent text version %1</source>
        <translation>Версия текста согласия: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/new_participant_form.py" line="162"/>
        <source>Choose the person&apos;s sex: the reports count people by sex.</source>
        <translation>Выберите пол: в отчётах люди считаются по полу.</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="94"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="95"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="96"/>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="97"/>
        <source>Agency</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="98"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="99"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="100"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="101"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="321"/>
        <source>Events attended</source>
        <translation>Посещённые мероприятия</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="361"/>
        <source>No consent recorded. Names and contacts are kept only with the person&apos;s consent: record their consent, or delete them and count them in the event&apos;s headcount instead.</source>
        <translation>Согласие не записано. Имена и контакты хранятся только с согласия человека: запишите согласие или удалите человека и учтите его в подсчёте мероприятия.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="382"/>
        <source>withheld</source>
        <translation>скрыт</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="383"/>
        <source>No consent</source>
        <translation>Нет согласия</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../fieldkit/ui/pages/people_page.py" line="93"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_page.py" line="164"/>
        <source>People</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_page.py" line="176"/>
        <source>&amp;New person…</source>
        <translation>Н&amp;овый участник…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_page.py" line="177"/>
        <source>Find d&amp;uplicates…</source>
        <translation>&amp;Дубликаты…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_page.py" line="178"/>
        <source>The same person registered twice, e.g. on two laptops</source>
        <translation>Один и тот же человек, добавленный дважды, напр. на двух ноутбуках</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_page.py" line="179"/>
        <source>Record a person who consented (Ctrl+N)</source>
        <translation>Добавить человека, давшего согласие (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_page.py" line="220"/>
        <source>%1+ people; scroll for more</source>
        <translation>%1+ чел.; прокрутите, чтобы увидеть больше</translation>
    </message>
    <message numerus="yes">
        <location filename="../fieldkit/ui/pages/people_page.py" line="222"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fieldkit/ui/pages/person_detail.py" line="183"/>
        <source>E&amp;vents attended: %n</source>
        <translation>
            <numerusform>&amp;Посещено мероприятий: %n</numerusform>
            <numerusform>&amp;Посещено мероприятий: %n</numerusform>
            <numerusform>&amp;Посещено мероприятий: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_page.py" line="299"/>
        <location filename="../fieldkit/ui/pages/people_page.py" line="312"/>
        <source>Delete person</source>
        <translation>Удалить участника</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_page.py" line="301"/>
        <source>Delete the record of %1? The deletion is logged, and it reaches the coordinator with the next sync.</source>
        <translation>Удалить запись «%1»? Удаление заносится в журнал и со следующей синхронизацией дойдёт до координатора.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_page.py" line="332"/>
        <location filename="../fieldkit/ui/pages/people_page.py" line="346"/>
        <source>Withdraw consent</source>
        <translation>Отзыв согласия</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_page.py" line="334"/>
        <source>%1 withdrew consent? Their name, phone, e-mail and consent record are removed, here and on every device with the next sync. This cannot be undone. Their attendance stays in the counts, without a name.</source>
        <translation>%1 отзывает согласие? Имя, телефон, e-mail и запись о согласии будут удалены здесь и, после следующей синхронизации, на всех устройствах. Это нельзя отменить. Участие останется в подсчётах, без имени.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_filters.py" line="97"/>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_filters.py" line="98"/>
        <source>Name, typed any way: Əliyeva, Aliyeva, Алиева (Ctrl+F)</source>
        <translation>Имя в любом написании: Əliyeva, Aliyeva, Алиева (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_filters.py" line="99"/>
        <source>Region (includes its districts)</source>
        <translation>Регион (включая его районы)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_filters.py" line="100"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_filters.py" line="101"/>
        <source>Age band</source>
        <translation>Возрастная группа</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_filters.py" line="102"/>
        <source>C&amp;lear filters</source>
        <translation>С&amp;бросить фильтры</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_filters.py" line="110"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_filters.py" line="111"/>
        <source>Any sex</source>
        <translation>Любой пол</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_filters.py" line="112"/>
        <source>Any age</source>
        <translation>Любой возраст</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/person_detail.py" line="134"/>
        <source>Choose a person to see the events they attended. Enter or a double-click edits them.</source>
        <translation>Выберите участника, чтобы увидеть посещённые мероприятия. Enter или двойной щелчок — изменить.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/person_detail.py" line="141"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/person_detail.py" line="142"/>
        <source>Change the person&apos;s details (Enter, Ctrl+E)</source>
        <translation>Изменить данные участника (Enter, Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/person_detail.py" line="143"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/person_detail.py" line="144"/>
        <source>Delete this person&apos;s record (Del)</source>
        <translation>Удалить запись участника (Del)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/person_detail.py" line="145"/>
        <source>&amp;Withdraw consent…</source>
        <translation>Отозвать &amp;согласие…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/person_detail.py" line="147"/>
        <source>The person withdrew consent: remove their name and contacts, keep them in the counts</source>
        <translation>Человек отозвал согласие: удалить имя и контакты, оставить в подсчётах</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/person_detail.py" line="172"/>
        <source>No consent recorded: contacts are withheld. Record consent, or delete the person.</source>
        <translation>Согласие не записано: контакты скрыты. Запишите согласие или удалите участника.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/person_detail.py" line="177"/>
        <source>Consent given on %1 (text version %2)</source>
        <translation>Согласие дано %1 (версия текста %2)</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="125"/>
        <source>New person</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="125"/>
        <source>Edit person</source>
        <translation>Изменить участника</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="127"/>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="128"/>
        <source>&amp;Sex</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="129"/>
        <source>&amp;Age band</source>
        <translation>&amp;Возрастная группа</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="130"/>
        <source>A&amp;gency</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="131"/>
        <source>&amp;Position</source>
        <translation>&amp;Должность</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="132"/>
        <source>&amp;Region</source>
        <translation>&amp;Регион</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="133"/>
        <source>Conse&amp;nt</source>
        <translation>&amp;Согласие</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="134"/>
        <source>P&amp;hone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="135"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="139"/>
        <source>Gave consent on</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="141"/>
        <source>The person agreed, on this date, that their name and contacts may be recorded</source>
        <translation>В этот день человек согласился на запись своего имени и контактов</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="143"/>
        <source>Pupils and other under-18s are counted in a headcount, never by name.</source>
        <translation>Школьники и другие лица до 18 лет учитываются только в подсчёте, никогда по имени.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="144"/>
        <source>+994 50 123 45 67</source>
        <translation>+994 50 123 45 67</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="154"/>
        <location filename="../fieldkit/ui/person_editor.py" line="155"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="200"/>
        <source>text version %1</source>
        <translation>версия текста %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="207"/>
        <source>Without consent no phone or e-mail is kept, and the person is flagged in the list. Count people who did not consent in the event&apos;s headcount instead.</source>
        <translation>Без согласия телефон и эл. почта не хранятся, а человек помечается в списке. Не давших согласия учитывайте в подсчёте мероприятия.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../fieldkit/ui/progress.py" line="35"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../fieldkit/app.py" line="94"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="226"/>
        <source>Record a receipt</source>
        <translation>Записать поступление</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="227"/>
        <source>&amp;Material</source>
        <translation>&amp;Материал</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="228"/>
        <source>&amp;Quantity received</source>
        <translation>&amp;Количество</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="229"/>
        <source>Received &amp;at</source>
        <translation>Где &amp;получено</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="230"/>
        <source>&amp;When</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="231"/>
        <source>&amp;Note</source>
        <translation>&amp;Заметка</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="232"/>
        <source>Optional, e.g. delivery from the national office</source>
        <translation>Необязательно, напр. поставка из центрального офиса</translation>
    </message>
</context>
<context>
    <name>ReferencePanel</name>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="160"/>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="161"/>
        <source>Filter places…</source>
        <translation>Фильтр мест…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="162"/>
        <source>Add a local place (a school, a venue, an office)</source>
        <translation>Добавить место (школа, площадка, офис)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="169"/>
        <source>&amp;Kind</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="170"/>
        <source>&amp;Name (Azerbaijani)</source>
        <translation>&amp;Название (азерб.)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="171"/>
        <source>Name (English)</source>
        <translation>Название (англ.)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="172"/>
        <source>Name (Russian)</source>
        <translation>Название (рус.)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="173"/>
        <source>&amp;Lies in</source>
        <translation>&amp;Входит в</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="177"/>
        <source>the district or city, optional</source>
        <translation>район или город, необязательно</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="178"/>
        <source>A&amp;dd place</source>
        <translation>&amp;Добавить место</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="179"/>
        <source>Helpline numbers</source>
        <translation>Номера горячих линий</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="181"/>
        <source>Dialled the selected number and reached the helpline? Record who checked it, today:</source>
        <translation>Позвонили по выбранному номеру и дозвонились? Запишите, кто проверил (сегодня):</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="183"/>
        <source>your name</source>
        <translation>ваше имя</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="184"/>
        <source>Mark as &amp;verified</source>
        <translation>Отметить как &amp;проверенный</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="185"/>
        <source>Add a helpline number</source>
        <translation>Добавить номер горячей линии</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="186"/>
        <source>La&amp;bel</source>
        <translation>На&amp;звание</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="186"/>
        <source>N&amp;umber</source>
        <translation>Н&amp;омер</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="188"/>
        <source>+994 12 000 00 00, or a short code</source>
        <translation>+994 12 000 00 00 или короткий номер</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="189"/>
        <source>Add &amp;helpline</source>
        <translation>Добавить &amp;линию</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="220"/>
        <source>Added %1.</source>
        <translation>Добавлено: %1.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="242"/>
        <source>Added %1. Dial it once and mark it as verified before printing it.</source>
        <translation>Добавлено: %1. Перед печатью позвоните по нему и отметьте как проверенный.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="255"/>
        <source>%1 is marked as verified today.</source>
        <translation>%1 отмечен как проверенный сегодня.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../fieldkit/ui/report_charts.py" line="246"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_charts.py" line="248"/>
        <source>%1 and %2 more</source>
        <translation>%1 и ещё %2</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_charts.py" line="249"/>
        <source>Not drawn (a count under 5, or hidden so one cannot be worked out): %1</source>
        <translation>Нет на диаграмме (число меньше 5 или скрытое, чтобы его нельзя было вычислить): %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_charts.py" line="251"/>
        <source>%1 more not drawn; the table lists them all.</source>
        <translation>Ещё %1 нет на диаграмме; в таблице есть все.</translation>
    </message>
</context>
<context>
    <name>ReportExports</name>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="74"/>
        <source>Small counts are shown</source>
        <translation>Малые числа показаны</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="76"/>
        <source>This export will show counts of people under 5. It is for internal use only: never send it to donors. Export anyway?</source>
        <translation>В этом экспорте будут видны числа людей меньше 5. Он только для служебного пользования: никогда не отправляйте его донорам. Всё равно экспортировать?</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="87"/>
        <source>Export XLSX</source>
        <translation>Экспорт в XLSX</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="87"/>
        <location filename="../fieldkit/ui/report_exports.py" line="152"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="94"/>
        <source>Export CSV: choose where to put the folder of files</source>
        <translation>Экспорт в CSV: выберите, где создать папку с файлами</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="101"/>
        <source>Donor report (PDF)</source>
        <translation>Отчёт для донора (PDF)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="101"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="111"/>
        <source>Counting…</source>
        <translation>Расчёт…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="111"/>
        <location filename="../fieldkit/ui/report_exports.py" line="165"/>
        <source>Writing %1…</source>
        <translation>Запись: %1…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="123"/>
        <source>Saved the XLSX report: %1</source>
        <translation>Отчёт XLSX сохранён: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="124"/>
        <source>Saved the CSV files in the folder %1</source>
        <translation>Файлы CSV сохранены в папке %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="125"/>
        <source>Saved the donor report: %1</source>
        <translation>Отчёт для донора сохранён: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="129"/>
        <source>Exporting the report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="134"/>
        <source>Raw data for analysts</source>
        <translation>Исходные данные для аналитиков</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="136"/>
        <source>Only a coordinator can export the raw records.</source>
        <translation>Исходные записи может экспортировать только координатор.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="142"/>
        <source>The raw export holds personal data: names, positions, and the phones and e-mails of people who consented (columns marked [personal]). It is recorded in the audit log with this device&apos;s name.

Keep the file on an encrypted drive, share it only with the analyst who needs it, and delete it when the work is done. Continue?</source>
        <translation>Исходный экспорт содержит персональные данные: имена, должности, телефоны и эл. почту людей, давших согласие (столбцы с пометкой [personal]). Он записывается в журнал аудита с именем этого устройства.

Храните файл на зашифрованном диске, передавайте его только аналитику, которому он нужен, и удалите его, когда работа закончена. Продолжить?</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="152"/>
        <source>A folder of CSV files (*)</source>
        <translation>Папка с файлами CSV (*)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="175"/>
        <source>Saved the raw records (personal data; recorded in the audit log): %1</source>
        <translation>Исходные записи сохранены (персональные данные; записано в журнал аудита): %1</translation>
    </message>
</context>
<context>
    <name>ReportFilterBar</name>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="29"/>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="30"/>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="31"/>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="32"/>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="33"/>
        <source>Last quarter</source>
        <translation>Прошлый квартал</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="34"/>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="35"/>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="36"/>
        <source>Dates…</source>
        <translation>Даты…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="117"/>
        <source>From</source>
        <translation>С даты</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="118"/>
        <source>To (inclusive)</source>
        <translation>По дату (включительно)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="123"/>
        <source>All places</source>
        <translation>Все места</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="124"/>
        <source>A district, city or other place, and every place in it</source>
        <translation>Район, город или другое место и все места в нём</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="126"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="127"/>
        <source>Economic region</source>
        <translation>Экономический район</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="128"/>
        <source>Agency of the people counted, or organiser or partner of the events</source>
        <translation>Организация учтённых людей либо организатор или партнёр мероприятий</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="129"/>
        <source>Event kind</source>
        <translation>Тип мероприятия</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="130"/>
        <source>Pillar (4P)</source>
        <translation>Направление (4P)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="131"/>
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="132"/>
        <source>Where materials were handed out</source>
        <translation>Где выдавались материалы</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="136"/>
        <source>Show small counts (internal use)</source>
        <translation>Показать малые числа (не для доноров)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="138"/>
        <source>Counts of people from 1 to 4 are hidden (&lt;5) unless this is ticked. Never send them to donors.</source>
        <translation>Пока флажок не установлен, числа людей от 1 до 4 скрыты (&lt;5). Никогда не отправляйте их донорам.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="140"/>
        <source>C&amp;lear filters</source>
        <translation>С&amp;бросить фильтры</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="178"/>
        <source>All economic regions</source>
        <translation>Все экономические районы</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="179"/>
        <source>All agencies</source>
        <translation>Все организации</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="180"/>
        <source>All event kinds</source>
        <translation>Все типы мероприятий</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="181"/>
        <source>All pillars</source>
        <translation>Все направления</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="182"/>
        <source>All materials</source>
        <translation>Все материалы</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="185"/>
        <source>All location types</source>
        <translation>Все типы мест</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="47"/>
        <source>Events held</source>
        <translation>Проведённые мероприятия</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="48"/>
        <source>People trained in the prevention of human trafficking</source>
        <translation>Люди, обученные предотвращению торговли людьми</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="49"/>
        <source>People trained</source>
        <translation>Обучено людей</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="50"/>
        <source>First responders trained on victim identification</source>
        <translation>Специалисты первого контакта, обученные выявлению жертв</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="51"/>
        <source>First responders trained</source>
        <translation>Обучено специалистов первого контакта</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="52"/>
        <source>Participants by agency and age band</source>
        <translation>Участники по организациям и возрастным группам</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="53"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="54"/>
        <source>People reached directly and indirectly</source>
        <translation>Прямой и косвенный охват людей</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="55"/>
        <source>Reached directly (people)</source>
        <translation>Прямой охват (чел.)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="56"/>
        <source>Reached indirectly (items handed out)</source>
        <translation>Косвенный охват (выдано, шт.)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="57"/>
        <source>Materials distributed</source>
        <translation>Выданные материалы</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="58"/>
        <source>Items handed out</source>
        <translation>Выдано, шт.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="59"/>
        <source>Stock on hand</source>
        <translation>Запасы в наличии</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="60"/>
        <source>Items in stock</source>
        <translation>В запасе, шт.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="61"/>
        <source>Print runs</source>
        <translation>Тиражи</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="62"/>
        <source>Copies printed</source>
        <translation>Напечатано экземпляров</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="63"/>
        <source>Pre/post awareness scores</source>
        <translation>Тесты осведомлённости (до/после)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="65"/>
        <source>By kind</source>
        <translation>По типам</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="66"/>
        <source>By pillar (4P)</source>
        <translation>По направлениям (4P)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="67"/>
        <source>By economic region</source>
        <translation>По экономическим районам</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="68"/>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="69"/>
        <source>By month, kind, pillar and economic region</source>
        <translation>По месяцам, типам, направлениям и экономическим районам</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="70"/>
        <source>By sex</source>
        <translation>По полу</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="71"/>
        <source>By agency and sex</source>
        <translation>По организациям и полу</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="72"/>
        <source>By agency and age band</source>
        <translation>По организациям и возрастным группам</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="73"/>
        <source>Direct and indirect reach</source>
        <translation>Прямой и косвенный охват</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="74"/>
        <source>By material</source>
        <translation>По материалам</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="75"/>
        <source>By location type</source>
        <translation>По типам мест</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="76"/>
        <source>By material, location type and economic region, per month</source>
        <translation>По материалам, типам мест и экономическим районам, по месяцам</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="77"/>
        <source>By material and place</source>
        <translation>По материалам и местам</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="78"/>
        <source>Scores by event and sex</source>
        <translation>Результаты по мероприятиям и полу</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="80"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="81"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="82"/>
        <source>Pillar</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="83"/>
        <source>Economic region</source>
        <translation>Экономический район</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="84"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="85"/>
        <source>Counted as</source>
        <translation>Как учтены</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="86"/>
        <source>Agency</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="87"/>
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="88"/>
        <source>Count</source>
        <translation>Число</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="89"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="90"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="91"/>
        <source>Pre-test % aware</source>
        <translation>Входной тест: осведомлены, %</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="92"/>
        <source>Post-test % aware</source>
        <translation>Итоговый тест: осведомлены, %</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="93"/>
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="94"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="95"/>
        <source>Items</source>
        <translation>Штук</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="96"/>
        <source>Location type</source>
        <translation>Тип места</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="97"/>
        <source>Places with stock</source>
        <translation>Мест с запасом</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="98"/>
        <source>On hand</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="99"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="100"/>
        <source>Runs</source>
        <translation>Тиражей</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="101"/>
        <source>Copies</source>
        <translation>Экземпляров</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="102"/>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="104"/>
        <source>Named participants (each counted once)</source>
        <translation>Участники по именам (каждый учтён один раз)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="105"/>
        <source>Headcounts (no names; cannot be de-duplicated)</source>
        <translation>Подсчёты (без имён; повторы не исключить)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="106"/>
        <source>Directly: people at held events</source>
        <translation>Прямой: люди на проведённых мероприятиях</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="107"/>
        <source>Indirectly: materials handed out (items)</source>
        <translation>Косвенный: выданные материалы (шт.)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="108"/>
        <source>Round-table</source>
        <translation>Круглый стол</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="109"/>
        <source>Workshop</source>
        <translation>Семинар</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="110"/>
        <source>Training</source>
        <translation>Тренинг</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="111"/>
        <source>Awareness session</source>
        <translation>Информационная встреча</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="112"/>
        <source>Campaign activity</source>
        <translation>Акция кампании</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="113"/>
        <source>Screening</source>
        <translation>Кинопоказ</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="114"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="115"/>
        <source>Prevention</source>
        <translation>Профилактика</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="116"/>
        <source>Protection</source>
        <translation>Защита</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="117"/>
        <source>Prosecution</source>
        <translation>Уголовное преследование</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="118"/>
        <source>Partnership</source>
        <translation>Партнёрство</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="119"/>
        <source>(no pillar)</source>
        <translation>(без направления)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="120"/>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="121"/>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="122"/>
        <source>Undisclosed</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="123"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="124"/>
        <source>Border crossing</source>
        <translation>Пункт пропуска</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="125"/>
        <source>Airport</source>
        <translation>Аэропорт</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="126"/>
        <source>Metro station</source>
        <translation>Станция метро</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="127"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="128"/>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="129"/>
        <source>Venue</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="130"/>
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="131"/>
        <source>(no economic region)</source>
        <translation>(без экономического района)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="132"/>
        <source>(no agency)</source>
        <translation>(без организации)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="133"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="134"/>
        <source>(unknown place)</source>
        <translation>(неизвестное место)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="136"/>
        <source>Headcounts carry no agency, so they are left out under an agency filter.</source>
        <translation>В подсчётах нет организации, поэтому при фильтре по организации они не учитываются.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="137"/>
        <source>Not recorded yet: Field Kit has no place to record test scores, so there is nothing to report.</source>
        <translation>Пока не записывается: в Field Kit негде записывать результаты тестов, поэтому отчитываться не о чем.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="142"/>
        <source>agency</source>
        <translation>организация</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="143"/>
        <source>material</source>
        <translation>материал</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="144"/>
        <source>event kind</source>
        <translation>тип мероприятия</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="145"/>
        <source>pillar</source>
        <translation>направление</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="146"/>
        <source>start of the period</source>
        <translation>начало периода</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="147"/>
        <source>location type</source>
        <translation>тип места</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="177"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="177"/>
        <source>Filters not applied to this indicator: %1.</source>
        <translation>Фильтры, не применимые к этому показателю: %1.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="201"/>
        <source>A count from 1 to 4, not shown so that no one can be picked out</source>
        <translation>Число от 1 до 4; не показано, чтобы никого нельзя было узнать</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="203"/>
        <source>Not shown, so that a count under 5 cannot be worked out from the totals</source>
        <translation>Не показано, чтобы по итогам нельзя было вычислить число меньше 5</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="183"/>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="311"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="187"/>
        <source>&amp;Breakdown:</source>
        <translation>&amp;Разбивка:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="188"/>
        <source>Export &amp;XLSX…</source>
        <translation>Экспорт в &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="189"/>
        <source>Every indicator on its own sheet, with the filters and the date</source>
        <translation>Каждый показатель на отдельном листе, с фильтрами и датой</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="190"/>
        <source>Export &amp;CSV…</source>
        <translation>Экспорт в &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="191"/>
        <source>A folder with one CSV file per table</source>
        <translation>Папка с отдельным CSV-файлом для каждой таблицы</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="192"/>
        <source>&amp;Donor report (PDF)…</source>
        <translation>Отчёт для &amp;донора (PDF)…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="193"/>
        <source>Tables and charts of every indicator, without personal data</source>
        <translation>Таблицы и диаграммы всех показателей, без персональных данных</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="194"/>
        <source>&amp;Raw data for analysts…</source>
        <translation>Исходные данные для &amp;аналитиков…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="195"/>
        <source>The records behind the report, with personal data; the export is logged</source>
        <translation>Записи, на которых основан отчёт, с персональными данными; экспорт записывается в журнал аудита</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="253"/>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="259"/>
        <source>Counting…</source>
        <translation>Расчёт…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="270"/>
        <source>Counting the indicators</source>
        <translation>Расчёт показателей</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="312"/>
        <source>Counting starts when the screen opens.</source>
        <translation>Расчёт начинается при открытии экрана.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="327"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="363"/>
        <source>Small counts are shown. For internal use only: do not send these figures to donors.</source>
        <translation>Малые числа показаны. Только для служебного пользования: не отправляйте эти цифры донорам.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="370"/>
        <source>Small-cell suppression: &lt;5 stands for a count from 1 to 4, and x for a count hidden so that a &lt;5 cannot be worked out from the totals.</source>
        <translation>Скрытие малых чисел: &lt;5 означает число от 1 до 4, а x — число, скрытое, чтобы по итогам нельзя было вычислить &lt;5.</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="52"/>
        <source>Plans and records events, attendance and handouts, prints leaflets, and sends them to the coordinator.</source>
        <translation>Планирует и записывает мероприятия, присутствие и выдачу, печатает листовки и отправляет всё координатору.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="56"/>
        <source>Imports the laptops&apos; files, publishes materials, texts and helplines, and writes donor reports.</source>
        <translation>Импортирует файлы ноутбуков, публикует материалы, тексты и горячие линии, готовит отчёты для доноров.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="152"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="153"/>
        <source>What this laptop is used for.</source>
        <translation>Для чего используется этот ноутбук.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="154"/>
        <source>Most laptops are a regional officer&apos;s. There are only a few coordinators.</source>
        <translation>Большинство ноутбуков — у региональных сотрудников. Координаторов всего несколько.</translation>
    </message>
</context>
<context>
    <name>SecurityPanel</name>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="187"/>
        <source>Encrypt this store</source>
        <translation>Зашифровать эту базу</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="188"/>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="189"/>
        <location filename="../fieldkit/ui/settings_security.py" line="221"/>
        <source>The same again</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="192"/>
        <source>Choose a few unrelated words. A lost passphrase cannot be recovered: Field Kit shows a recovery key once, to write on paper and keep away from the laptop. Without both, nobody can open the store. Field Kit closes the store while it is encrypted and reopens it.</source>
        <translation>Выберите несколько не связанных между собой слов. Утерянную парольную фразу нельзя восстановить: Field Kit один раз покажет ключ восстановления — запишите его на бумаге и храните отдельно от ноутбука. Без них обоих никто не откроет базу. На время шифрования Field Kit закрывает базу, а затем открывает снова.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="197"/>
        <source>&amp;Encrypt this store</source>
        <translation>&amp;Зашифровать эту базу</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="198"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="201"/>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Текущая парольная фраза</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="201"/>
        <source>&amp;New passphrase</source>
        <translation>&amp;Новая парольная фраза</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="201"/>
        <source>The same &amp;again</source>
        <translation>&amp;Ещё раз</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="205"/>
        <source>or the recovery key</source>
        <translation>или ключ восстановления</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="206"/>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Сменить парольную фразу</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="207"/>
        <source>New reco&amp;very key</source>
        <translation>Новый ключ &amp;восстановления</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="209"/>
        <source>A new recovery key, a PIN and the keyring each ask for the current passphrase first.</source>
        <translation>Для нового ключа восстановления, PIN-кода и связки ключей сначала нужна текущая парольная фраза.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="211"/>
        <source>Recovery key (shown only now)</source>
        <translation>Ключ восстановления (показан только сейчас)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="214"/>
        <source>Write it on paper and keep it away from the laptop. It opens the store if the passphrase is forgotten. A lost passphrase cannot be recovered any other way.</source>
        <translation>Запишите его на бумаге и храните отдельно от ноутбука. Он откроет базу, если парольная фраза забыта. Иначе утерянную парольную фразу не восстановить.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="218"/>
        <source>I have &amp;written it down</source>
        <translation>Я за&amp;писал(а) его</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="219"/>
        <source>PIN for the lock screen</source>
        <translation>PIN-код для экрана блокировки</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="220"/>
        <source>&amp;PIN (4 to 8 digits)</source>
        <translation>&amp;PIN-код (4–8 цифр)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="222"/>
        <source>&amp;Set PIN</source>
        <translation>За&amp;дать PIN-код</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="223"/>
        <source>&amp;Remove PIN</source>
        <translation>&amp;Удалить PIN-код</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="224"/>
        <source>Keyring</source>
        <translation>Связка ключей</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="225"/>
        <source>Remember the &amp;key in this computer&apos;s keyring</source>
        <translation>Хранить &amp;ключ в связке ключей этого компьютера</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="237"/>
        <source>This store is encrypted: without its passphrase or recovery key, nobody can read it.</source>
        <translation>Эта база зашифрована: без её парольной фразы или ключа восстановления её никто не прочитает.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="239"/>
        <source>This store is not encrypted: whoever has this laptop can read the names in it.</source>
        <translation>Эта база не зашифрована: любой, у кого окажется этот ноутбук, прочитает имена в ней.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="246"/>
        <source>A PIN unlocks the lock screen until Field Kit closes. After %1 wrong PINs, the passphrase is needed.</source>
        <translation>PIN-код снимает блокировку экрана, пока Field Kit не закрыт. После %1 неверных PIN-кодов нужна парольная фраза.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="250"/>
        <source>Set a PIN to unlock the lock screen quickly. It works until Field Kit closes and is never saved; the start always asks for the passphrase.</source>
        <translation>Задайте PIN-код, чтобы быстро снимать блокировку экрана. Он действует, пока Field Kit не закрыт, и нигде не сохраняется; при запуске всегда нужна парольная фраза.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="264"/>
        <source>No keyring works on this computer (%1), so the passphrase is asked for at every start.</source>
        <translation>На этом компьютере не работает ни одна связка ключей (%1), поэтому парольная фраза запрашивается при каждом запуске.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="271"/>
        <source>Field Kit then opens without the passphrase for whoever logs in to this computer as you. The auto-lock still asks for it.</source>
        <translation>Теперь Field Kit открывается без парольной фразы для любого, кто вошёл в этот компьютер под вашим именем. Автоблокировка по-прежнему её запрашивает.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="275"/>
        <source>Then Field Kit opens without the passphrase for whoever logs in to this computer as you.</source>
        <translation>Тогда Field Kit будет открываться без парольной фразы для любого, кто вошёл в этот компьютер под вашим именем.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="283"/>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>Текущая парольная фраза неверна. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="290"/>
        <source>Type the current passphrase (or the recovery key) first.</source>
        <translation>Сначала введите текущую парольную фразу (или ключ восстановления).</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="298"/>
        <source>Type the new passphrase twice.</source>
        <translation>Введите новую парольную фразу дважды.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="302"/>
        <source>The two new passphrases differ. Type them again.</source>
        <translation>Две новые парольные фразы различаются. Введите их снова.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="311"/>
        <source>It is short: a longer one is much harder to guess for whoever finds the laptop.</source>
        <translation>Она короткая: более длинную тому, кто найдёт ноутбук, подобрать гораздо труднее.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="355"/>
        <source>Encrypting the store</source>
        <translation>Шифрование базы</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="359"/>
        <source>Cancelled; the store was not encrypted.</source>
        <translation>Отменено; база не зашифрована.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="371"/>
        <source>The store is now encrypted, and so are its backups. Field Kit asks for the passphrase at start.</source>
        <translation>База и её резервные копии теперь зашифрованы. При запуске Field Kit запросит парольную фразу.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="392"/>
        <source>The passphrase was changed. The old one no longer opens the store; the recovery key still does.</source>
        <translation>Парольная фраза изменена. Старая больше не открывает базу; ключ восстановления по-прежнему открывает.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="408"/>
        <source>A new recovery key was made; the old one no longer opens the store.</source>
        <translation>Создан новый ключ восстановления; старый больше не открывает базу.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="415"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN-код — это от 4 до 8 цифр.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="419"/>
        <source>The two PINs differ. Type them again.</source>
        <translation>Два PIN-кода различаются. Введите их снова.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="431"/>
        <source>The PIN is set. It unlocks the lock screen until Field Kit closes.</source>
        <translation>PIN-код задан. Он снимает блокировку экрана, пока Field Kit не закрыт.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="436"/>
        <source>The PIN was removed; the lock screen asks for the passphrase.</source>
        <translation>PIN-код удалён; экран блокировки запрашивает парольную фразу.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="455"/>
        <source>The key is kept in this computer&apos;s keyring: Field Kit opens without the passphrase.</source>
        <translation>Ключ хранится в связке ключей этого компьютера: Field Kit открывается без парольной фразы.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="459"/>
        <source>The key was removed from the keyring: Field Kit asks for the passphrase at start.</source>
        <translation>Ключ удалён из связки ключей: при запуске Field Kit запросит парольную фразу.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="464"/>
        <source>The keyring could not be used (%1). The passphrase is still asked for at start.</source>
        <translation>Не удалось использовать связку ключей (%1). При запуске по-прежнему нужна парольная фраза.</translation>
    </message>
</context>
<context>
    <name>SettingsModels</name>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="18"/>
        <source>Economic region</source>
        <translation>Экономический район</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="19"/>
        <source>District or city</source>
        <translation>Район или город</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="20"/>
        <source>Border crossing</source>
        <translation>Пункт пропуска</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="21"/>
        <source>Airport</source>
        <translation>Аэропорт</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="22"/>
        <source>Metro station</source>
        <translation>Станция метро</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="23"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="24"/>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="25"/>
        <source>Venue</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="26"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="31"/>
        <source>Made by hand</source>
        <translation>Создана вручную</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="32"/>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="33"/>
        <source>Before an update of Field Kit</source>
        <translation>Перед обновлением Field Kit</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="34"/>
        <source>Other copy</source>
        <translation>Другая копия</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="57"/>
        <source>Name (Azerbaijani)</source>
        <translation>Название (азерб.)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="58"/>
        <source>Name (English)</source>
        <translation>Название (англ.)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="59"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="60"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="61"/>
        <source>Checked</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="80"/>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="81"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="82"/>
        <source>Verified on</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="83"/>
        <source>Verified by</source>
        <translation>Кем проверен</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="115"/>
        <source>Made on</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="116"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="117"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="118"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="73"/>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="73"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="92"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="105"/>
        <source>Nobody has dialled this number to check it yet.</source>
        <translation>Никто ещё не звонил по этому номеру, чтобы проверить его.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="107"/>
        <source>A short code cannot be dialled from abroad.</source>
        <translation>На короткий номер нельзя позвонить из-за границы.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="142"/>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="145"/>
        <source>Settings</source>
        <extracomment>the store file was replaced by a backup (``RestoreResult``): open ``result.paths`` again</extracomment>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="147"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="148"/>
        <source>Places and helplines</source>
        <translation>Места и горячие линии</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="149"/>
        <source>Device and coordinator</source>
        <translation>Устройство и координатор</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="150"/>
        <source>Data and backups</source>
        <translation>Данные и резервные копии</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="151"/>
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="152"/>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="156"/>
        <source>&amp;Device name</source>
        <translation>&amp;Имя устройства</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="157"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="158"/>
        <source>&amp;Funder</source>
        <translation>&amp;Донор</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="159"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="160"/>
        <source>&amp;Home location</source>
        <translation>&amp;Основное место</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="161"/>
        <source>Default &amp;helpline</source>
        <translation>&amp;Горячая линия по умолчанию</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="162"/>
        <source>Low &amp;stock below</source>
        <translation>&amp;Малый запас ниже</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="163"/>
        <source>&amp;Tally step</source>
        <translation>&amp;Шаг счётчика</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="164"/>
        <source>Loc&amp;k after</source>
        <translation>Авто&amp;блокировка через</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="168"/>
        <source>The name your coordinator sees on this laptop&apos;s bundles.</source>
        <translation>Имя, которое координатор видит на пакетах этого ноутбука.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="169"/>
        <source>printed on leaflets, e.g. the donor of the project</source>
        <translation>печатается на листовках, напр. донор проекта</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="170"/>
        <source>where this laptop usually works: type part of the name</source>
        <translation>где обычно работает ноутбук: введите часть названия</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="171"/>
        <source> items</source>
        <translation> шт.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="172"/>
        <source>How many items one press of the tally button counts.</source>
        <translation>Сколько единиц засчитывает одно нажатие кнопки счётчика.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="173"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="174"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="177"/>
        <source>An encrypted store locks the window after this many minutes without use; its passphrase unlocks it. 0 never locks.</source>
        <translation>Зашифрованная база блокирует окно после стольких минут бездействия; разблокировать его можно парольной фразой. 0 — не блокировать никогда.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="181"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="210"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="261"/>
        <source>No place called &apos;%1&apos;. Choose one from the list as you type.</source>
        <translation>Места «%1» нет. Выберите его из списка при вводе.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="287"/>
        <source>The settings could not be saved: %1</source>
        <translation>Не удалось сохранить настройки: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="291"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>StartupView</name>
    <message>
        <location filename="../fieldkit/ui/window_parts.py" line="40"/>
        <source>Events: %1   Participants: %2   Check-ins: %3   Stock movements: %4</source>
        <translation>Мероприятия: %1   Участники: %2   Отметки: %3   Движения запасов: %4</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="199"/>
        <source>Materials &amp; stock</source>
        <translation>Материалы и запасы</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="202"/>
        <source>&amp;Location:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="205"/>
        <source>Type part of a name or code</source>
        <translation>Введите часть названия или кода</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="206"/>
        <source>&amp;Tally mode</source>
        <translation>Режим &amp;счётчика</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="208"/>
        <source>Big buttons for counting handouts at a border post: one click records one handout</source>
        <translation>Большие кнопки для подсчёта выдачи на пограничном пункте: один щелчок — одна выдача</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="210"/>
        <source>&amp;Receipt…</source>
        <translation>&amp;Поступление…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="211"/>
        <source>&amp;Handout…</source>
        <translation>&amp;Выдача…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="212"/>
        <source>Trans&amp;fer…</source>
        <translation>Пе&amp;ремещение…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="213"/>
        <source>&amp;Adjustment…</source>
        <translation>&amp;Корректировка…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="214"/>
        <source>&amp;Void movement…</source>
        <translation>&amp;Аннулировать движение…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="215"/>
        <source>Undo a movement recorded by mistake; it stays in the ledger, marked</source>
        <translation>Отменить ошибочно записанное движение; оно остаётся в журнале с пометкой</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="216"/>
        <source>Filter materials</source>
        <translation>Фильтр материалов</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="217"/>
        <source>&amp;New material…</source>
        <translation>&amp;Новый материал…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="218"/>
        <source>&amp;Edit material…</source>
        <translation>&amp;Изменить материал…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="219"/>
        <source>Show &amp;inactive</source>
        <translation>Пока&amp;зать неактивные</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="220"/>
        <source>Filter the catalogue</source>
        <translation>Фильтр каталога</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="221"/>
        <source>&amp;Stock here</source>
        <translation>&amp;Остатки здесь</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="222"/>
        <source>&amp;Catalogue</source>
        <translation>Ка&amp;талог</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="283"/>
        <source>Choose a location and a material to see its movements.</source>
        <translation>Выберите место и материал, чтобы увидеть движения.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="286"/>
        <source>Movements of %1 at %2 (newest first; voided ones in grey)</source>
        <translation>Движения: %1, %2 (сначала новые; аннулированные — серым)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="370"/>
        <source>This material cannot be edited here</source>
        <translation>Этот материал нельзя изменить здесь</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="400"/>
        <source>Saved material %1 (%2).</source>
        <translation>Материал сохранён: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="416"/>
        <source>Voided: %1.</source>
        <translation>Аннулировано: %1.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="423"/>
        <source>Choose the location first: tally mode records handouts there.</source>
        <translation>Сначала выберите место: режим счётчика записывает выдачу туда.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_movements.py" line="35"/>
        <source>Transferred %1 %2 from %3 to %4.</source>
        <translation>Перемещено: %1 шт. %2, %3 → %4.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_movements.py" line="43"/>
        <source>Recorded: %1 of %2 %3 at %4.</source>
        <translation>Записано: %1, %2 шт. %3, место: %4.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_movements.py" line="50"/>
        <source>Recorded below zero; reason: %1</source>
        <translation>Записано ниже нуля; причина: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_movements.py" line="58"/>
        <source>%1 of %2 on %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_movements.py" line="64"/>
        <source>Void the transfer (%1)? Both halves, out of one place and into the other, are undone.</source>
        <translation>Аннулировать перемещение (%1)? Отменяются обе половины: расход из одного места и приход в другое.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_movements.py" line="66"/>
        <source>Void this movement (%1)? It stays in the ledger, marked as voided.</source>
        <translation>Аннулировать это движение (%1)? Оно останется в журнале с пометкой «аннулировано».</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_movements.py" line="69"/>
        <source>Void movement</source>
        <translation>Аннулировать движение</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_movements.py" line="83"/>
        <source>Cannot void</source>
        <translation>Нельзя аннулировать</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="191"/>
        <source>Ready</source>
        <translation>Всё готово</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="192"/>
        <source>Check your answers, then press Finish to set up this laptop.</source>
        <translation>Проверьте ответы и нажмите «Готово», чтобы настроить ноутбук.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="193"/>
        <source>Go back to change anything. Finish writes everything at once.</source>
        <translation>Чтобы что-то изменить, вернитесь назад. «Готово» записывает всё сразу.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="195"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="196"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="197"/>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="198"/>
        <source>Home location:</source>
        <translation>Основное место:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="199"/>
        <source>Helplines:</source>
        <translation>Горячие линии:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="200"/>
        <source>Coordinator:</source>
        <translation>Координатор:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="209"/>
        <source>not verified</source>
        <translation>не проверен</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="211"/>
        <source>verified on %1</source>
        <translation>проверен %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="223"/>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="225"/>
        <source>not enrolled yet</source>
        <translation>ещё не подключён</translation>
    </message>
</context>
<context>
    <name>SyncModels</name>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="50"/>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="51"/>
        <source>Already here</source>
        <translation>Уже есть</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="52"/>
        <location filename="../fieldkit/ui/sync_models.py" line="60"/>
        <source>Waiting for approval</source>
        <translation>Ждёт одобрения</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_activity.py" line="114"/>
        <location filename="../fieldkit/ui/sync_models.py" line="53"/>
        <source>Refused</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="54"/>
        <source>Written</source>
        <translation>Записан</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="59"/>
        <source>Trusted</source>
        <translation>Доверенное</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="61"/>
        <source>Revoked</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="65"/>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="65"/>
        <source>Sent</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="69"/>
        <source>Regional officer</source>
        <translation>Региональный сотрудник</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="70"/>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_activity.py" line="173"/>
        <location filename="../fieldkit/ui/sync_models.py" line="225"/>
        <source>File</source>
        <extracomment>column headers, marked with QT_TRANSLATE_NOOP in ``header_context`` the column that shows the status icon, or None</extracomment>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_activity.py" line="170"/>
        <location filename="../fieldkit/ui/sync_models.py" line="226"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_activity.py" line="111"/>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_activity.py" line="112"/>
        <source>Last bundle</source>
        <translation>Последний пакет</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_activity.py" line="172"/>
        <location filename="../fieldkit/ui/sync_models.py" line="227"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="250"/>
        <location filename="../fieldkit/ui/sync_models.py" line="288"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="251"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="252"/>
        <source>Key fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="253"/>
        <location filename="../fieldkit/ui/sync_models.py" line="328"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="254"/>
        <source>First seen</source>
        <translation>Впервые замечено</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="255"/>
        <source>Bundles waiting</source>
        <translation>Ждущие пакеты</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="289"/>
        <source>Complete up to</source>
        <translation>Без пропусков до</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="290"/>
        <source>Highest received</source>
        <translation>Наибольший полученный</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_activity.py" line="113"/>
        <location filename="../fieldkit/ui/sync_models.py" line="291"/>
        <source>Missing changes</source>
        <translation>Недостающие изменения</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_activity.py" line="169"/>
        <location filename="../fieldkit/ui/sync_models.py" line="325"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="326"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="327"/>
        <source>From device</source>
        <translation>От устройства</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_activity.py" line="171"/>
        <location filename="../fieldkit/ui/sync_models.py" line="329"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="330"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="131"/>
        <source>%1: change %2 missing</source>
        <translation>%1: нет изменения %2</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="133"/>
        <source>%1: changes %2–%3 missing</source>
        <translation>%1: нет изменений %2–%3</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="280"/>
        <location filename="../fieldkit/ui/sync_models.py" line="316"/>
        <source>Device id: %1</source>
        <translation>ID устройства: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="344"/>
        <source>%1 of %2 new</source>
        <translation>новых: %1 из %2</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="365"/>
        <source>Bundle %1</source>
        <translation>Пакет %1</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="230"/>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="233"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="234"/>
        <source>Send changes</source>
        <translation>Отправка изменений</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="235"/>
        <source>&amp;Send to:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="237"/>
        <source>Sa&amp;ve on:</source>
        <translation>Куда &amp;сохранить:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="238"/>
        <source>Insert a USB stick or choose a folder</source>
        <translation>Вставьте USB-накопитель или выберите папку</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="239"/>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Выбрать папку…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="240"/>
        <source>Look for &amp;USB sticks</source>
        <translation>Найти &amp;USB-накопители</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="241"/>
        <source>&amp;Export bundle</source>
        <translation>&amp;Экспорт пакета</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="242"/>
        <source>Receive changes</source>
        <translation>Получение изменений</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="244"/>
        <source>Drop bundle files (.fkb) or a folder holding them anywhere on this screen, or choose them:</source>
        <translation>Перетащите файлы пакетов (.fkb) или папку с ними в любое место этого экрана либо выберите их:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="246"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Импорт файлов…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="247"/>
        <source>Import a fo&amp;lder…</source>
        <translation>Импорт &amp;папки…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="248"/>
        <source>Last import</source>
        <translation>Последний импорт</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="249"/>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="250"/>
        <source>Changes held</source>
        <translation>Хранимые изменения</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="251"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="263"/>
        <source>Coordinator (all my changes)</source>
        <translation>Координатор (все мои изменения)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="265"/>
        <source>Officers&apos; laptops (reference data only, no names)</source>
        <translation>Ноутбуки сотрудников (только справочные данные, без имён)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="304"/>
        <source>Sync is paused: %1</source>
        <translation>Синхронизация приостановлена: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="309"/>
        <source>This laptop is not set up yet.</source>
        <translation>Этот ноутбук ещё не настроен.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="312"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="314"/>
        <source>Changes waiting to be sent to the coordinator: %1</source>
        <translation>Изменений, ожидающих отправки координатору: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="315"/>
        <source>Last export: %1</source>
        <translation>Последний экспорт: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="317"/>
        <source>Last import: %1</source>
        <translation>Последний импорт: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="323"/>
        <source>Bundles waiting for approval: %1 (see Devices)</source>
        <translation>Пакетов, ожидающих одобрения: %1 (см. «Устройства»)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="343"/>
        <source>USB stick %1 (%2 free)</source>
        <translation>USB-накопитель %1 (свободно %2)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="350"/>
        <source>Folder %1</source>
        <translation>Папка %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="356"/>
        <source>Save bundles in</source>
        <translation>Куда сохранять пакеты</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="373"/>
        <source>Writing the bundle…</source>
        <translation>Запись пакета…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="379"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="383"/>
        <source>Saved %1 (%2 changes).</source>
        <translation>Сохранено: %1 (изменений: %2).</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="390"/>
        <source>Not encrypted: this laptop does not know a coordinator&apos;s key yet (load an enrolment file in Settings). Keep the file safe; it may hold names.</source>
        <translation>Не зашифровано: этот ноутбук ещё не знает ключа координатора (загрузите файл подключения в Настройках). Храните файл надёжно: в нём могут быть имена.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="405"/>
        <source>Import bundles</source>
        <translation>Импорт пакетов</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="405"/>
        <source>Field Kit bundles (*.fkb)</source>
        <translation>Пакеты Field Kit (*.fkb)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="412"/>
        <source>Import every bundle in</source>
        <translation>Импортировать все пакеты из папки</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="420"/>
        <source>No bundles (*.fkb) found there.</source>
        <translation>Пакеты (*.fkb) там не найдены.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="438"/>
        <source>Importing bundles</source>
        <translation>Импорт пакетов</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="446"/>
        <source>%1 imported</source>
        <translation>импортировано: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="447"/>
        <source>%1 already here</source>
        <translation>уже есть: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="448"/>
        <source>%1 waiting for approval</source>
        <translation>ждут одобрения: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="449"/>
        <source>%1 refused</source>
        <translation>отклонено: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="452"/>
        <source>%1 bundle(s): %2.</source>
        <translation>Пакетов: %1; %2.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="454"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="457"/>
        <source>Cancelled: %1 bundle(s) were not imported; import them again later.</source>
        <translation>Отменено: не импортировано пакетов — %1; импортируйте их позже.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="492"/>
        <source>Device approved; %1 waiting bundle(s) imported.</source>
        <translation>Устройство одобрено; импортировано ожидавших пакетов: %1.</translation>
    </message>
</context>
<context>
    <name>SyncSettingsBox</name>
    <message>
        <location filename="../fieldkit/ui/settings_sync.py" line="62"/>
        <source>Automatic sync</source>
        <translation>Автоматическая синхронизация</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_sync.py" line="63"/>
        <source>Shared &amp;folder:</source>
        <translation>Общая &amp;папка:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_sync.py" line="64"/>
        <source>none: a network share, a Syncthing folder or a USB path</source>
        <translation>нет: сетевая папка, папка Syncthing или путь на USB</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_sync.py" line="65"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_sync.py" line="66"/>
        <source>Clea&amp;r</source>
        <translation>О&amp;чистить</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_sync.py" line="67"/>
        <source>Allow plain &amp;http to the hub (not only https)</source>
        <translation>Разрешить обычный &amp;http к серверу (не только https)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_sync.py" line="70"/>
        <source>Without https, anyone on the network between this laptop and the hub can read what is sent, names included. Allow it only on a network you trust.</source>
        <translation>Без https любой в сети между этим ноутбуком и сервером может прочитать передаваемое, включая имена. Разрешайте это только в сети, которой доверяете.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_sync.py" line="89"/>
        <source>Field Kit writes its changes there and imports the bundles addressed to it, by itself.</source>
        <translation>Field Kit сам записывает туда свои изменения и импортирует адресованные ему пакеты.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_sync.py" line="94"/>
        <source>This folder cannot be reached now; Field Kit syncs with it whenever it is there.</source>
        <translation>Папка сейчас недоступна; Field Kit синхронизируется с ней, как только она появится.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_sync.py" line="98"/>
        <source>Field Kit syncs with this folder whenever it is reachable.</source>
        <translation>Field Kit синхронизируется с этой папкой, когда она доступна.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_sync.py" line="103"/>
        <source>Shared folder for sync</source>
        <translation>Общая папка для синхронизации</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_sync.py" line="134"/>
        <source>The settings could not be saved: %1</source>
        <translation>Не удалось сохранить настройки: %1</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="41"/>
        <location filename="../fieldkit/ui/sync_status.py" line="135"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="47"/>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="49"/>
        <source>%1 min ago</source>
        <translation>%1 мин назад</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="51"/>
        <source>%1 h ago</source>
        <translation>%1 ч назад</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="65"/>
        <source>Hub refused: this laptop was revoked — ask the coordinator</source>
        <translation>Сервер отказал: доступ этого ноутбука отозван — обратитесь к координатору</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="67"/>
        <source>Hub refused: this laptop&apos;s key is not the one registered — ask the coordinator</source>
        <translation>Сервер отказал: ключ этого ноутбука не совпадает с зарегистрированным — обратитесь к координатору</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="69"/>
        <source>Hub refused: this computer&apos;s date or time is wrong — set it right and sync again</source>
        <translation>Сервер отказал: на этом компьютере неверные дата или время — исправьте их и синхронизируйте снова</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="71"/>
        <source>Hub refused: the hub needs a newer Field Kit — tell the coordinator</source>
        <translation>Сервер отказал: серверу нужна более новая версия Field Kit — сообщите координатору</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="73"/>
        <source>Hub refused: this laptop is enrolled for another coordinator — ask for a new enrolment file</source>
        <translation>Сервер отказал: этот ноутбук подключён к другому координатору — запросите новый файл подключения</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="75"/>
        <source>Hub refused: a change is larger than the hub accepts — tell the coordinator</source>
        <translation>Сервер отказал: изменение больше, чем принимает сервер — сообщите координатору</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="84"/>
        <source>Offline — %1 changes waiting</source>
        <translation>Не в сети — ждут изменений: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="86"/>
        <source>Hub offline — %1 changes waiting</source>
        <translation>Сервер недоступен — ждут изменений: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="88"/>
        <source>Hub busy — %1 changes waiting</source>
        <translation>Сервер занят — ждут изменений: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="90"/>
        <source>Hub problem — %1 changes waiting</source>
        <translation>Сбой сервера — ждут изменений: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="92"/>
        <source>Sync stopped — %1 changes waiting</source>
        <translation>Синхронизация остановлена — ждут изменений: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="98"/>
        <source>Hub refused: %1</source>
        <translation>Сервер отказал: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="100"/>
        <location filename="../fieldkit/ui/sync_status.py" line="162"/>
        <source>Not enrolled with a hub</source>
        <translation>Не подключён к серверу</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="102"/>
        <source>Plain http refused: allow it in Settings or use https</source>
        <translation>Обычный http запрещён: разрешите его в Настройках или используйте https</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="104"/>
        <source>The hub&apos;s certificate is not trusted</source>
        <translation>Сертификат сервера не вызывает доверия</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="106"/>
        <source>Not the enrolled hub: check the hub address</source>
        <translation>Это не тот сервер, к которому подключались: проверьте адрес</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="108"/>
        <source>The hub address is not valid</source>
        <translation>Неверный адрес сервера</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="110"/>
        <source>Sync failed: a bundle from the hub was not imported</source>
        <translation>Синхронизация не удалась: пакет с сервера не импортирован</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="111"/>
        <source>Sync failed: %1</source>
        <translation>Синхронизация не удалась: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="116"/>
        <source>Shared folder not synced yet — %1 changes waiting</source>
        <translation>Общая папка ещё не синхронизирована — ждут изменений: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="118"/>
        <source>Folder synced %1</source>
        <translation>Папка синхронизирована %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="120"/>
        <source>Shared folder not reachable — %1 changes waiting</source>
        <translation>Общая папка недоступна — ждут изменений: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="121"/>
        <source>Folder sync failed: %1</source>
        <translation>Синхронизация с папкой не удалась: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="130"/>
        <source>Hub: %1</source>
        <translation>Сервер: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="133"/>
        <source>Last round %1: %2</source>
        <translation>Последняя синхронизация %1: %2</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="135"/>
        <source>Last successful round: %1</source>
        <translation>Последняя успешная синхронизация: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="137"/>
        <source>Shared folder: %1</source>
        <translation>Общая папка: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="141"/>
        <source>Changes waiting to be sent: %1</source>
        <translation>Изменений ждут отправки: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="145"/>
        <source>Sync paused</source>
        <translation>Синхронизация приостановлена</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="147"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="150"/>
        <source>Not synced yet — %1 changes waiting</source>
        <translation>Ещё не синхронизировано — ждут изменений: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="152"/>
        <source>Synced %1</source>
        <translation>Синхронизировано %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="154"/>
        <source>%1 changes waiting</source>
        <translation>ждут изменений: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="163"/>
        <source>Load the hub&apos;s enrolment file, or choose a shared folder, in Settings (Device and coordinator).</source>
        <translation>Загрузите файл подключения сервера или выберите общую папку в Настройках (Устройство и координатор).</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="218"/>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="219"/>
        <source>Sync with the hub and the shared folder now</source>
        <translation>Синхронизировать с сервером и общей папкой сейчас</translation>
    </message>
</context>
<context>
    <name>TallyButton</name>
    <message>
        <location filename="../fieldkit/ui/tally.py" line="44"/>
        <source>On hand: %1</source>
        <translation>В наличии: %1</translation>
    </message>
</context>
<context>
    <name>TallyWidget</name>
    <message>
        <location filename="../fieldkit/ui/tally.py" line="175"/>
        <source>Tally: handouts at %1</source>
        <translation>Счётчик: выдача, место: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/tally.py" line="176"/>
        <source>Each &amp;click counts</source>
        <translation>Один &amp;щелчок —</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/tally.py" line="177"/>
        <source>How many items one click records; remembered for next time</source>
        <translation>Сколько единиц записывает один щелчок; запоминается на следующий раз</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/tally.py" line="178"/>
        <source>&amp;Undo last (Ctrl+Z)</source>
        <translation>&amp;Отменить последнее (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/tally.py" line="179"/>
        <source>Leave tally mode (Esc)</source>
        <translation>Выйти из режима счётчика (Esc)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/tally.py" line="180"/>
        <source>No active materials. Add one in the catalogue first.</source>
        <translation>Нет активных материалов. Сначала добавьте материал в каталог.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/tally.py" line="238"/>
        <source>This session: %1 handed out in %2 click(s)</source>
        <translation>За сеанс: выдано %1 шт., щелчков: %2</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/tally.py" line="271"/>
        <source>Not recorded: only %1 of %2 left here, fewer than %3. Record the delivery first.</source>
        <translation>Не записано: здесь осталось только %1 шт. %2, меньше %3. Сначала запишите поставку.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/tally.py" line="285"/>
        <source>Recorded %1 × %2. On hand now: %3.</source>
        <translation>Записано %1 × %2. Сейчас в наличии: %3.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/tally.py" line="303"/>
        <source>That click had already been undone.</source>
        <translation>Этот щелчок уже отменён.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/tally.py" line="312"/>
        <source>Undone: %1 × %2.</source>
        <translation>Отменено: %1 × %2.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="366"/>
        <source>Transfer stock</source>
        <translation>Перемещение запаса</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="367"/>
        <source>&amp;Material</source>
        <translation>&amp;Материал</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="368"/>
        <source>&amp;Quantity</source>
        <translation>&amp;Количество</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="369"/>
        <source>&amp;From</source>
        <translation>&amp;Откуда</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="370"/>
        <source>&amp;To</source>
        <translation>К&amp;уда</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="371"/>
        <source>&amp;Note</source>
        <translation>&amp;Заметка</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="376"/>
        <source>Choose the location the stock goes to.</source>
        <translation>Выберите место, куда перемещается запас.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="98"/>
        <source>Unlock Field Kit</source>
        <translation>Разблокировка Field Kit</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="102"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN-код:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="109"/>
        <source>The store on this computer is encrypted. Type its passphrase to open it.</source>
        <translation>База на этом компьютере зашифрована. Чтобы открыть её, введите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="105"/>
        <source>Type the recovery key that was shown when the store was encrypted (six groups of five).</source>
        <translation>Введите ключ восстановления, показанный при шифровании базы (шесть групп по пять знаков).</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="101"/>
        <source>Type the PIN set for this session, or untick the box to use the passphrase.</source>
        <translation>Введите PIN-код, заданный для этого сеанса, или снимите флажок, чтобы ввести парольную фразу.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="107"/>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Ключ восстановления:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="110"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="111"/>
        <source>Unlock with the P&amp;IN</source>
        <translation>Разблокировать PIN-ко&amp;дом</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="112"/>
        <source>Use the recovery &amp;key instead</source>
        <translation>&amp;Использовать ключ восстановления</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="115"/>
        <source>A forgotten passphrase cannot be recovered: without it or the recovery key, nobody can open this store.</source>
        <translation>Забытую парольную фразу нельзя восстановить: без неё или ключа восстановления никто не сможет открыть эту базу.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="119"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="120"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="161"/>
        <source>Type the recovery key first.</source>
        <translation>Сначала введите ключ восстановления.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="161"/>
        <source>Type the passphrase first.</source>
        <translation>Сначала введите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="170"/>
        <source>That recovery key is wrong. Check it and try again; nothing was changed.</source>
        <translation>Неверный ключ восстановления. Проверьте его и попробуйте снова; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="172"/>
        <source>That passphrase is wrong. Try again; nothing was changed.</source>
        <translation>Неверная парольная фраза. Попробуйте снова; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="188"/>
        <source>Type the PIN first.</source>
        <translation>Сначала введите PIN-код.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="195"/>
        <source>That PIN is wrong. Tries left before the passphrase is needed: %1.</source>
        <translation>Неверный PIN-код. Осталось попыток до запроса парольной фразы: %1.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="206"/>
        <source>%1 wrong PINs: the PIN no longer works. Type the passphrase to unlock.</source>
        <translation>Неверных PIN-кодов: %1. PIN-код больше не действует. Для разблокировки введите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="247"/>
        <source>This computer&apos;s keyring cannot be reached now, so the key kept there was not used. Type the passphrase.</source>
        <translation>Связка ключей этого компьютера сейчас недоступна, поэтому хранящийся в ней ключ не использован. Введите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="255"/>
        <source>This computer&apos;s keyring no longer holds a key that opens the store. Type the passphrase; Settings → Security can keep the key there again.</source>
        <translation>В связке ключей этого компьютера больше нет ключа, открывающего базу. Введите парольную фразу; в разделе Настройки → Безопасность ключ можно сохранить там снова.</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../fieldkit/ui/window_parts.py" line="71"/>
        <source>Welcome to Field Kit</source>
        <translation>Добро пожаловать в Field Kit</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/window_parts.py" line="73"/>
        <source>Field Kit is not set up on this computer yet. Setting it up takes a minute and works offline.</source>
        <translation>Field Kit на этом компьютере ещё не настроен. Настройка займёт минуту и работает без сети.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/window_parts.py" line="75"/>
        <source>&amp;Set up Field Kit…</source>
        <translation>&amp;Настроить Field Kit…</translation>
    </message>
</context>
<context>
    <name>_ForcibleDialog</name>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="288"/>
        <source>Only %1 of %2 in stock there; taking %3 would leave %4. Record the missing receipt first, or, if you know why the stock is short, give the reason and save again to record it anyway.</source>
        <translation>Там только %1 шт. %2; если взять %3, останется %4. Сначала запишите недостающее поступление или, если знаете, почему запаса меньше, укажите причину и сохраните ещё раз, чтобы записать всё равно.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="299"/>
        <source>Give a reason to record it below zero.</source>
        <translation>Укажите причину, чтобы записать ниже нуля.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="304"/>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="305"/>
        <source>e.g. the receipt is not entered yet</source>
        <translation>напр. поступление ещё не внесено</translation>
    </message>
</context>
<context>
    <name>_StockDialog</name>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="207"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="208"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
</TS>
