<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="23" />
        <source>visualnet</source>
        <translation>visualnet 神经网络可视化</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="32" />
        <source>Demo network on the handwritten digits: {m} examples, {count} parameters</source>
        <translation>手写数字上的演示网络：{m} 个样本，{count} 个参数</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="37" />
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../visualnet/app/main_window.py" line="48" />
        <source>L = {L}, {count} parameters, m = {m}, dataset: {name}</source>
        <translation>L = {L}，{count} 个参数，m = {m}，数据集：{name}</translation>
    </message>
</context>
</TS>